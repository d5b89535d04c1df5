#pragma once

#include <QString>

namespace Lifeboat {

// One code per failure class. The CLI maps codes to its documented exit codes and the GUI to
// its wording, so add a code only for a failure a user or a script must tell apart.
enum class ErrorCode {
    Usage,              // the caller asked for something that makes no sense
    NoDevice,           // no such handset, or it went away
    Locked,             // the handset shows no storage until the user unlocks it
    Busy,               // another program holds the USB interface
    DeviceIo,           // transfer failed, timed out, or the handset broke the protocol
    Unsupported,        // the handset cannot do what was asked
    Archive,            // the archive file cannot be read or written
    NewerArchive,       // written by a newer Lifeboat
    DiskFull,           // no space left where we write
    InvalidData,        // a vCard, iCalendar, dataset or file that cannot be parsed
    LimitExceeded,      // input larger or deeper than Lifeboat accepts
    VerificationFailed, // stored or restored content does not match its hash
    NotFound,           // a snapshot, item or file that does not exist
    Cancelled,          // the user or a script cancelled
    Passphrase,         // an encrypted archive needs its passphrase, or the one given is wrong
    Internal,           // a bug in Lifeboat
};

// What went wrong, for people: `message` is translated and says what to do next; `detail` is
// untranslated technical context (error names, codes, offsets) for logs and --debug output.
class Error
{
public:
    Error(ErrorCode code, QString message, QString detail = {})
        : m_code(code), m_message(std::move(message)), m_detail(std::move(detail))
    {}

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }

    // A copy with context added in front of the message, for callers that know more
    // ("Reading Contacts/anna.vcf: ...").
    Error withContext(const QString &context) const
    {
        return Error(m_code, context + QStringLiteral(": ") + m_message, m_detail);
    }

    QString toString() const
    {
        return m_detail.isEmpty() ? m_message : m_message + QStringLiteral(" (") + m_detail + u')';
    }

private:
    ErrorCode m_code;
    QString m_message;
    QString m_detail;
};

} // namespace Lifeboat
