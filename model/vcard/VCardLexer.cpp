#include "model/vcard/VCardLexer.h"

#include <cstring>

namespace Lifeboat {

namespace {

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

bool isValidName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

// Finds the colon that ends the property head, ignoring colons inside double-quoted parameter
// values. Fed again after each continuation line, it scans only the new bytes, so a head split
// over millions of lines stays linear.
class HeadScanner
{
public:
    qsizetype find(QByteArrayView text)
    {
        for (; m_colon < 0 && m_scanned < text.size(); ++m_scanned) {
            const char c = text[m_scanned];
            if (c == '"') {
                m_inQuotes = !m_inQuotes;
            } else if (c == ':') {
                if (m_firstColon < 0)
                    m_firstColon = m_scanned;
                if (!m_inQuotes)
                    m_colon = m_scanned;
            }
        }
        // An unbalanced quote: fall back to the first colon rather than losing the property.
        if (m_colon < 0 && m_inQuotes && m_scanned >= text.size())
            return m_firstColon;
        return m_colon;
    }

private:
    qsizetype m_scanned = 0;
    qsizetype m_colon = -1;
    qsizetype m_firstColon = -1;
    bool m_inQuotes = false;
};

qsizetype headEnd(QByteArrayView text)
{
    return HeadScanner().find(text);
}

bool headSaysQuotedPrintable(QByteArrayView head)
{
    static constexpr QByteArrayView needle("QUOTED-PRINTABLE");
    if (head.size() < needle.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= head.size(); ++i) {
        if (QByteArrayView(head.data() + i, needle.size()).compare(needle, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isCardBoundary(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    return trimmed.compare("END:VCARD", Qt::CaseInsensitive) == 0
        || trimmed.compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0;
}

QByteArray unquote(QByteArrayView value)
{
    QByteArrayView trimmed = value.trimmed();
    if (trimmed.size() >= 2 && trimmed.front() == '"' && trimmed.back() == '"')
        trimmed = trimmed.sliced(1, trimmed.size() - 2);
    return trimmed.toByteArray();
}

void parseParameters(QByteArrayView text, QList<VCardRawParameter> &parameters)
{
    qsizetype start = 0;
    bool inQuotes = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] == '"')
            inQuotes = !inQuotes;
        if (i < text.size() && (text[i] != ';' || inQuotes))
            continue;
        const QByteArrayView part = text.sliced(start, i - start).trimmed();
        start = i + 1;
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            parameters.append({QByteArray(), part.toByteArray()});
        else
            parameters.append({part.first(equals).trimmed().toByteArray().toUpper(),
                               unquote(part.sliced(equals + 1))});
    }
}

// Fills group, name and parameters from `text`; returns false if it is not a property.
bool parseHead(QByteArrayView text, VCardContentLine &line)
{
    const qsizetype colon = headEnd(text);
    if (colon < 0)
        return false;
    const QByteArrayView head = text.first(colon);
    qsizetype nameEnd = 0;
    while (nameEnd < head.size() && head[nameEnd] != ';')
        ++nameEnd;
    QByteArrayView fullName = head.first(nameEnd).trimmed();
    const qsizetype dot = fullName.indexOf('.');
    if (dot >= 0) {
        const QByteArrayView group = fullName.first(dot);
        if (!isValidName(group))
            return false;
        line.group = group.toByteArray();
        fullName = fullName.sliced(dot + 1);
    }
    if (!isValidName(fullName))
        return false;
    line.name = fullName.toByteArray().toUpper();
    if (nameEnd < head.size())
        parseParameters(head.sliced(nameEnd + 1), line.parameters);
    line.value = text.sliced(colon + 1).toByteArray();
    return true;
}

} // namespace

VCardLexer::VCardLexer(QByteArrayView data, const VCardLimits &limits)
    : m_data(data), m_limits(limits)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

Error VCardLexer::lineTooLong(qsizetype lineNumber) const
{
    return Error(ErrorCode::LimitExceeded,
                 tr("Line %1 of the vCard data is longer than %2 bytes. The file is damaged or "
                    "not a contact file.")
                     .arg(lineNumber)
                     .arg(m_limits.maxLineBytes),
                 QStringLiteral("vCard line %1 exceeds maxLineBytes=%2")
                     .arg(lineNumber)
                     .arg(m_limits.maxLineBytes));
}

QByteArrayView VCardLexer::bytes(const PhysicalLine &line) const
{
    return m_data.sliced(line.start, line.length);
}

Result<bool> VCardLexer::peekPhysical(PhysicalLine &line) const
{
    if (m_pos >= m_data.size())
        return false;
    // Search no further than the limit, so that a 50 MB line is refused without reading it.
    const qsizetype remaining = m_data.size() - m_pos;
    const qsizetype window = std::min(remaining, m_limits.maxLineBytes + 2);
    const void *found = std::memchr(m_data.data() + m_pos, '\n', size_t(window));
    qsizetype length;
    if (found) {
        length = static_cast<const char *>(found) - (m_data.data() + m_pos);
        line.next = m_pos + length + 1;
    } else {
        if (window < remaining)
            return lineTooLong(m_lineNumber + 1);
        length = remaining;
        line.next = m_data.size();
    }
    line.start = m_pos;
    if (length > 0 && m_data[m_pos + length - 1] == '\r')
        --length;
    line.length = length;
    if (length > m_limits.maxLineBytes)
        return lineTooLong(m_lineNumber + 1);
    return true;
}

Status VCardLexer::append(QByteArray &text, QByteArrayView part, qsizetype lineNumber) const
{
    if (text.size() + part.size() > m_limits.maxLineBytes)
        return lineTooLong(lineNumber);
    text.append(part);
    return {};
}

Result<bool> VCardLexer::next(VCardContentLine &line)
{
    line = VCardContentLine();
    PhysicalLine physical;
    // Skip empty lines between properties.
    for (;;) {
        const Result<bool> peeked = peekPhysical(physical);
        if (!peeked)
            return peeked.error();
        if (!*peeked)
            return false;
        m_pos = physical.next;
        ++m_lineNumber;
        if (!bytes(physical).trimmed().isEmpty())
            break;
    }
    line.lineNumber = m_lineNumber;
    line.startOffset = physical.start;
    QByteArray text = bytes(physical).toByteArray();

    HeadScanner scanner;
    qsizetype colon = scanner.find(text);
    bool quotedPrintable = colon >= 0 && headSaysQuotedPrintable(QByteArrayView(text).first(colon));
    for (;;) {
        const Result<bool> peeked = peekPhysical(physical);
        if (!peeked)
            return peeked.error();
        if (!*peeked)
            break;
        const QByteArrayView nextLine = bytes(physical);
        if (quotedPrintable && text.endsWith('=') && !isCardBoundary(nextLine)) {
            text.chop(1); // a soft line break; the next line continues the value as it is
            if (Status appended = append(text, nextLine, line.lineNumber); !appended)
                return appended.error();
        } else if (!nextLine.isEmpty() && (nextLine.front() == ' ' || nextLine.front() == '\t')) {
            if (Status appended = append(text, nextLine.sliced(1), line.lineNumber); !appended)
                return appended.error();
        } else {
            break;
        }
        m_pos = physical.next;
        ++m_lineNumber;
        if (colon < 0) {
            colon = scanner.find(text);
            quotedPrintable = colon >= 0 && headSaysQuotedPrintable(QByteArrayView(text).first(colon));
        }
    }

    if (!parseHead(text, line)) {
        line.name.clear();
        line.value = text;
        line.endOffset = m_pos;
        return true;
    }

    if (line.transferEncoding() == VCardTransferEncoding::Base64) {
        // vCard 2.1 base64 runs over lines without leading whitespace until an empty line.
        for (;;) {
            const Result<bool> peeked = peekPhysical(physical);
            if (!peeked)
                return peeked.error();
            if (!*peeked)
                break;
            const QByteArrayView nextLine = bytes(physical);
            if (nextLine.trimmed().isEmpty()) {
                m_pos = physical.next;
                ++m_lineNumber;
                break;
            }
            if (nextLine.contains(':'))
                break;
            if (Status appended = append(line.value, nextLine.trimmed(), line.lineNumber); !appended)
                return appended.error();
            m_pos = physical.next;
            ++m_lineNumber;
        }
    }
    line.endOffset = m_pos;
    return true;
}

} // namespace Lifeboat
