#pragma once

#include "app/ForwardingHandset.h"
#include "device/mtp/MtpHandset.h"
#include "device/transport/LoopbackTransport.h"
#include "device/virtual/MtpResponder.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTest>

namespace Lifeboat::TestSupport {

// A virtual handset reached through the real MTP initiator over the in-process transport, with
// the responder kept at hand so a test can switch faults on and off.
struct VirtualHandset
{
    std::shared_ptr<MtpResponder> responder;
    std::unique_ptr<Handset> handset;
};

inline VirtualHandset openVirtualHandset(const VirtualHandsetOptions &options)
{
    VirtualHandset result;
    auto responder = createVirtualHandset(options);
    if (!responder) {
        qWarning() << responder.error().toString();
        return result;
    }
    result.responder = std::shared_ptr<MtpResponder>(std::move(*responder));
    auto handset = MtpHandset::open(std::make_unique<LoopbackTransport>(*result.responder));
    if (!handset) {
        qWarning() << handset.error().toString();
        return result;
    }
    result.handset = std::make_unique<ForwardingHandset>(
        std::vector<std::shared_ptr<void>>{result.responder}, std::move(*handset));
    return result;
}

inline VirtualHandset openFolderHandset(const QString &folder, VirtualHandsetProfile::Kind profile,
                                        const QString &serial = QStringLiteral("TEST-FOLDER-1"))
{
    VirtualHandsetOptions options;
    options.profile = profile;
    options.rootDirectory = folder;
    options.serialNumber = serial;
    return openVirtualHandset(options);
}

// Every file under `root` with its bytes, keyed by relative path.
inline QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace Lifeboat::TestSupport
