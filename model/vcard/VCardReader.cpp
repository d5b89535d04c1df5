#include "model/vcard/VCardReader.h"

#include "model/ModelLog.h"
#include "model/vcard/VCardCharsetDecoder.h"
#include "model/vcard/VCardContactBuilder.h"
#include "model/vcard/VCardLexer.h"
#include "model/vcard/VCardText.h"
#include "model/vcard/VCardWarnings.h"

#include <QStringDecoder>

namespace Lifeboat {

namespace {

Error limitError(const QString &message, const QString &detail)
{
    return Error(ErrorCode::LimitExceeded, message, detail);
}

// Some Windows programs export UTF-16 with a byte order mark; everything else is byte-based.
std::optional<QByteArray> utf16AsUtf8(QByteArrayView data)
{
    if (data.startsWith("\xFF\xFE"))
        return QString(QStringDecoder(QStringDecoder::Utf16LE).decode(data.sliced(2))).toUtf8();
    if (data.startsWith("\xFE\xFF"))
        return QString(QStringDecoder(QStringDecoder::Utf16BE).decode(data.sliced(2))).toUtf8();
    return std::nullopt;
}

// An embedded vCard 2.1 AGENT card becomes the escaped text value that vCard 3.0 uses for it.
QString embeddedCardText(QByteArrayView raw)
{
    const QString text = VCardCharsetDecoder::decodeUtf8OrWindows1252(raw.toByteArray());
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    lines.removeAll(QString());
    return VCardText::escapeLineBreaks(lines.join(u'\n'));
}

class CardCollector
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VCardReader)

public:
    CardCollector(QByteArrayView data, const VCardLimits &limits)
        : m_data(data), m_limits(limits), m_warnings(limits.maxWarnings)
    {}

    Result<VCardParseResult> run();

private:
    Status handle(VCardContentLine &&line);
    Status handleNested(const VCardContentLine &line);
    Status beginCard(const VCardContentLine &line);
    Status finishCard();
    Status checkCardLimits(const VCardContentLine &line);

    QByteArrayView m_data;
    const VCardLimits &m_limits;
    VCardWarnings m_warnings;
    VCardCharsetDecoder m_charsets;
    VCardParseResult m_result;
    QList<VCardContentLine> m_card;
    bool m_inCard = false;
    qsizetype m_cardLine = 0;
    qsizetype m_cardOffset = 0;
    qsizetype m_cardProperties = 0;
    qsizetype m_cardsSeen = 0;
    int m_nestedDepth = 0; // cards open inside the current one
    qsizetype m_nestedOffset = 0;
};

Result<VCardParseResult> CardCollector::run()
{
    VCardLexer lexer(m_data, m_limits);
    VCardContentLine line;
    for (;;) {
        const Result<bool> read = lexer.next(line);
        if (!read)
            return read.error();
        if (!*read)
            break;
        if (Status handled = handle(std::move(line)); !handled)
            return handled.error();
    }
    if (m_inCard) {
        m_warnings.add(tr("The card that starts on line %1 has no END:VCARD; it was kept as far "
                          "as it goes.")
                           .arg(m_cardLine));
        if (Status finished = finishCard(); !finished)
            return finished.error();
    }
    if (m_cardsSeen == 0 && !m_data.trimmed().isEmpty())
        return Error(ErrorCode::InvalidData,
                     tr("The data contains no contact card (no BEGIN:VCARD line). Check that "
                        "it is a vCard file."),
                     QStringLiteral("no BEGIN:VCARD in %1 bytes").arg(m_data.size()));
    m_result.warnings = m_warnings.take();
    for (const QString &warning : std::as_const(m_result.warnings))
        qCDebug(lcModel) << "vCard:" << warning;
    return std::move(m_result);
}

Status CardCollector::checkCardLimits(const VCardContentLine &line)
{
    if (line.endOffset - m_cardOffset > m_limits.maxCardBytes)
        return limitError(tr("The card that starts on line %1 is larger than %2 bytes (at line "
                             "%3). The file is damaged or not a contact file.")
                              .arg(m_cardLine)
                              .arg(m_limits.maxCardBytes)
                              .arg(line.lineNumber),
                          QStringLiteral("card at line %1 exceeds maxCardBytes=%2")
                              .arg(m_cardLine)
                              .arg(m_limits.maxCardBytes));
    if (++m_cardProperties > m_limits.maxPropertiesPerCard)
        return limitError(tr("The card that starts on line %1 has more than %2 properties (at "
                             "line %3). The file is damaged or not a contact file.")
                              .arg(m_cardLine)
                              .arg(m_limits.maxPropertiesPerCard)
                              .arg(line.lineNumber),
                          QStringLiteral("card at line %1 exceeds maxPropertiesPerCard=%2")
                              .arg(m_cardLine)
                              .arg(m_limits.maxPropertiesPerCard));
    return {};
}

Status CardCollector::handleNested(const VCardContentLine &line)
{
    if (line.isBeginVCard()) {
        ++m_nestedDepth;
        if (m_nestedDepth + 1 > m_limits.maxNestingDepth)
            return limitError(tr("Line %1 opens a card nested more than %2 deep. The file is "
                                 "damaged or not a contact file.")
                                  .arg(line.lineNumber)
                                  .arg(m_limits.maxNestingDepth),
                              QStringLiteral("vCard nesting at line %1 exceeds maxNestingDepth=%2")
                                  .arg(line.lineNumber)
                                  .arg(m_limits.maxNestingDepth));
    } else if (line.isEndVCard()) {
        if (--m_nestedDepth == 0)
            m_card.last().value = embeddedCardText(
                                      m_data.sliced(m_nestedOffset, line.endOffset - m_nestedOffset))
                                      .toUtf8();
    }
    return checkCardLimits(line);
}

Status CardCollector::beginCard(const VCardContentLine &line)
{
    if (++m_cardsSeen > m_limits.maxCards)
        return limitError(tr("The data holds more than %1 cards (line %2). Split the file or "
                             "check that it is a contact file.")
                              .arg(m_limits.maxCards)
                              .arg(line.lineNumber),
                          QStringLiteral("more than maxCards=%1").arg(m_limits.maxCards));
    m_inCard = true;
    m_card.clear();
    m_cardLine = line.lineNumber;
    m_cardOffset = line.startOffset;
    m_cardProperties = 0;
    m_nestedDepth = 0;
    return {};
}

Status CardCollector::finishCard()
{
    m_inCard = false;
    if (m_card.isEmpty()) {
        m_warnings.add(tr("The card that starts on line %1 is empty and was skipped.")
                           .arg(m_cardLine));
        return {};
    }
    VCardContactBuilder builder(m_charsets, m_warnings, m_limits.maxPhotoBytes);
    Result<Contact> contact = builder.build(m_card);
    if (!contact)
        return contact.error();
    m_result.contacts.append(std::move(*contact));
    m_card.clear();
    return {};
}

Status CardCollector::handle(VCardContentLine &&line)
{
    if (m_inCard && m_nestedDepth > 0)
        return handleNested(line);
    if (line.name.isEmpty()) {
        m_warnings.add(tr("Line %1 is not a vCard property and was skipped.").arg(line.lineNumber));
        return {};
    }
    if (line.isBeginVCard()) {
        if (m_inCard) {
            if (!m_card.isEmpty() && m_card.last().name == "AGENT"
                && m_card.last().value.trimmed().isEmpty()) {
                m_nestedOffset = line.startOffset;
                return handleNested(line);
            }
            m_warnings.add(tr("The card that starts on line %1 has no END:VCARD; it was kept "
                              "as far as it goes.")
                               .arg(m_cardLine));
            if (Status finished = finishCard(); !finished)
                return finished;
        }
        return beginCard(line);
    }
    if (line.isEndVCard()) {
        if (!m_inCard) {
            m_warnings.add(tr("Line %1 ends a card that was never begun and was ignored.")
                               .arg(line.lineNumber));
            return {};
        }
        return finishCard();
    }
    if (!m_inCard) {
        m_warnings.add(tr("Line %1 is outside any card and was ignored.").arg(line.lineNumber));
        return {};
    }
    if (Status checked = checkCardLimits(line); !checked)
        return checked;
    m_card.append(std::move(line));
    return {};
}

} // namespace

Result<VCardParseResult> VCardReader::parse(QByteArrayView data, const VCardLimits &limits)
{
    if (data.size() > limits.maxInputBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("The contact data is %1 bytes, more than the %2 bytes Lifeboat reads at "
                        "once. Split the file or check that it is a contact file.")
                         .arg(data.size())
                         .arg(limits.maxInputBytes),
                     QStringLiteral("vCard input of %1 bytes exceeds maxInputBytes=%2")
                         .arg(data.size())
                         .arg(limits.maxInputBytes));
    if (const std::optional<QByteArray> converted = utf16AsUtf8(data))
        return CardCollector(*converted, limits).run();
    return CardCollector(data, limits).run();
}

} // namespace Lifeboat
