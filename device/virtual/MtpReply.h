#pragma once

#include "device/mtp/MtpCodes.h"
#include "device/virtual/ObjectDataSource.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <optional>

namespace Lifeboat {

// What the virtual handset sends back for one transaction: an optional data phase (a dataset in
// memory, or object bytes streamed from their source), then the response.
struct MtpReply
{
    quint16 code = Mtp::Response::Ok;
    QList<quint32> params;

    bool hasData = false;
    QByteArray data;
    std::shared_ptr<const ObjectDataSource> source;  // streamed after `data` when set
    quint64 sourceOffset = 0;
    quint64 sourceLength = 0;
    // The length the data header announces; normally data.size() + sourceLength.
    std::optional<quint64> announcedLength;
    bool endless = false;       // the data phase never ends (hostile)
    bool sendResponse = true;

    static MtpReply status(quint16 code, QList<quint32> params = {})
    {
        MtpReply reply;
        reply.code = code;
        reply.params = std::move(params);
        return reply;
    }

    static MtpReply dataset(QByteArray bytes, QList<quint32> params = {})
    {
        MtpReply reply;
        reply.hasData = true;
        reply.data = std::move(bytes);
        reply.params = std::move(params);
        return reply;
    }
};

} // namespace Lifeboat
