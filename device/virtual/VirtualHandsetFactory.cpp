#include "device/virtual/VirtualHandsetFactory.h"

#include "device/virtual/DemoContent.h"

namespace Lifeboat {

namespace {

class VirtualHandsetFactory
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VirtualHandsetFactory)

public:
    static Error usage(const QString &detail)
    {
        return Error(ErrorCode::Usage, tr("The virtual handset cannot be set up that way."), detail);
    }
};

} // namespace

Result<std::unique_ptr<MtpResponder>> createVirtualHandset(const VirtualHandsetOptions &options)
{
    if (options.maxPacketSize != 64 && options.maxPacketSize != 512 && options.maxPacketSize != 1024)
        return VirtualHandsetFactory::usage(
            QStringLiteral("max packet size %1 (64, 512 or 1024)").arg(options.maxPacketSize));
    const DemoContentOptions &demo = options.demo;
    if (demo.contacts < 0 || demo.events < 0 || demo.todos < 0 || demo.photos < 0
        || demo.contacts + demo.events + demo.todos + demo.photos > 4'000'000)
        return VirtualHandsetFactory::usage(QStringLiteral("demo object counts out of range"));

    const VirtualHandsetProfile profile(options.profile);
    std::vector<std::unique_ptr<VirtualStorage>> storages;
    if (!options.rootDirectory.isEmpty()) {
        Result<std::unique_ptr<VirtualStorage>> storage =
            VirtualStorage::fromDirectory(VirtualStorageId, options.rootDirectory, profile);
        if (!storage)
            return storage.error();
        storages.push_back(std::move(storage.value()));
    } else {
        auto storage = std::make_unique<VirtualStorage>(VirtualStorageId,
                                                        QStringLiteral("Internal shared storage"),
                                                        QStringLiteral("lifeboat-demo-%1").arg(demo.seed));
        if (Status filled = DemoContent::populate(*storage, demo, profile); !filled)
            return filled.error();
        storages.push_back(std::move(storage));
    }
    VirtualDeviceSettings settings;
    settings.serialNumber = options.serialNumber;
    settings.friendlyName = options.friendlyName;
    settings.batteryPercent = options.batteryPercent;
    return std::make_unique<MtpResponder>(profile, std::move(storages), std::move(settings),
                                          options.faults, options.maxPacketSize);
}

} // namespace Lifeboat
