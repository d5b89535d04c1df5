#pragma once

#include <QByteArray>
#include <QList>

namespace Lifeboat {

// One parameter as written: `TYPE=CELL` gives name "TYPE", value "CELL"; a bare vCard 2.1
// parameter such as `;CELL` gives an empty name. Names are upper case, values keep their case
// (surrounding double quotes removed).
struct VCardRawParameter
{
    QByteArray name;
    QByteArray value;
};

enum class VCardTransferEncoding { None, QuotedPrintable, Base64 };

// One property after unfolding, still in the bytes and encodings of the file.
struct VCardContentLine
{
    qsizetype lineNumber = 0;  // 1-based physical line where the property starts
    qsizetype startOffset = 0; // byte offsets of the property in the input
    qsizetype endOffset = 0;
    QByteArray group;          // `item1` of `item1.TEL`, as written
    QByteArray name;           // upper case
    QList<VCardRawParameter> parameters;
    QByteArray value;          // raw: quoted-printable and base64 not yet decoded

    bool isBeginVCard() const;
    bool isEndVCard() const;
    VCardTransferEncoding transferEncoding() const;
    QByteArray charset() const;          // empty when the property names none
    QByteArray parameterValue(const QByteArray &upperName) const; // first value, or empty
    bool hasParameter(const QByteArray &upperName) const;
};

} // namespace Lifeboat
