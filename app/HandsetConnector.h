#pragma once

#include <QCoreApplication>
#include "common/Result.h"
#include "device/Handset.h"

#include <QList>
#include <QString>

#include <memory>

namespace Lifeboat {

struct VirtualHandsetOptions;

// Which handset a user means: "demo" (the built-in demo handset), "virtual:DIR" (a virtual
// handset serving folder DIR, into which restores write), or a USB handset's serial number or a
// unique start of it.
struct HandsetSpec
{
    enum class Kind { Demo, VirtualFolder, Usb };
    Kind kind = Kind::Usb;
    QString value;               // folder or serial (prefix)
    QString profile = QStringLiteral("lifeboat");  // virtual handsets: lifeboat or android
};

// A handset found on USB, for `lifeboat-cli devices` and the GUI's list.
struct HandsetSummary
{
    QString serialNumber;
    QString manufacturer;
    QString model;
    QString location;     // bus and port, for telling two identical phones apart
    QString state;        // "ready", or why it cannot be used (busy, no permission)
    bool usable = true;
};

// Opens handsets for jobs: the only place in app/ that knows how each kind is reached.
class HandsetConnector
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::HandsetConnector)
public:
    static Result<HandsetSpec> parseSpec(const QString &device, const QString &profile);
    static Result<std::unique_ptr<Handset>> open(const HandsetSpec &spec);
    static Result<QList<HandsetSummary>> connectedHandsets();
    // A virtual handset with any options (benchmarks ask for gigabytes of photos).
    static Result<std::unique_ptr<Handset>> openVirtual(const VirtualHandsetOptions &options);

private:
    static Result<std::unique_ptr<Handset>> openUsb(const QString &serial);
};

} // namespace Lifeboat
