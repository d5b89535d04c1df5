#pragma once

#include "device/Handset.h"

#include <memory>
#include <vector>

namespace Lifeboat {

// A Handset that forwards to another and keeps alive what that one depends on but does not own
// (the virtual handset behind an in-process transport, the USB context behind a USB transport).
// Members are destroyed in reverse order: the handset first, then what it used.
class ForwardingHandset : public Handset
{
public:
    ForwardingHandset(std::vector<std::shared_ptr<void>> keepAlive, std::unique_ptr<Handset> inner)
        : m_keepAlive(std::move(keepAlive))
        , m_inner(std::move(inner))
    {}

    Result<HandsetIdentity> identity() override { return m_inner->identity(); }
    HandsetCapabilities capabilities() const override { return m_inner->capabilities(); }
    Result<QList<HandsetStorage>> storages() override { return m_inner->storages(); }
    Result<QList<HandsetObject>> listObjects(const std::function<void(qsizetype)> &progress = {}) override
    {
        return m_inner->listObjects(progress);
    }
    Status readObject(const HandsetObject &object, quint64 offset, const ByteSink &sink) override
    {
        return m_inner->readObject(object, offset, sink);
    }
    Result<HandsetObject> createFolder(quint32 storageId, const QString &path) override
    {
        return m_inner->createFolder(storageId, path);
    }
    Result<HandsetObject> writeObject(quint32 storageId, const QString &parentPath, const QString &name,
                                      quint16 format, quint64 size, const QDateTime &modified,
                                      const ByteSource &source) override
    {
        return m_inner->writeObject(storageId, parentPath, name, format, size, modified, source);
    }
    Status deleteObject(const HandsetObject &object) override { return m_inner->deleteObject(object); }
    Result<std::optional<HandsetEvent>> waitForEvent(std::chrono::milliseconds timeout) override
    {
        return m_inner->waitForEvent(timeout);
    }
    void cancel() override { m_inner->cancel(); }
    void resetCancel() override { m_inner->resetCancel(); }

private:
    std::vector<std::shared_ptr<void>> m_keepAlive;
    std::unique_ptr<Handset> m_inner;
};

} // namespace Lifeboat
