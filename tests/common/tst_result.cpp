#include "common/Result.h"

#include <QTest>

using namespace Lifeboat;

class tst_Result : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError();
    void voidResult();
    void context();
};

static Result<int> half(int n)
{
    if (n % 2)
        return Error(ErrorCode::Usage, QStringLiteral("%1 is odd").arg(n));
    return n / 2;
}

void tst_Result::valueAndError()
{
    const Result<int> good = half(8);
    QVERIFY(good.ok());
    QCOMPARE(*good, 4);
    const Result<int> bad = half(7);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code(), ErrorCode::Usage);
    QCOMPARE(bad.error().message(), QStringLiteral("7 is odd"));
    QCOMPARE(bad.valueOr(-1), -1);
}

void tst_Result::voidResult()
{
    const Status fine;
    QVERIFY(fine.ok());
    const Status failed = Error(ErrorCode::DiskFull, QStringLiteral("full"), QStringLiteral("ENOSPC"));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().toString(), QStringLiteral("full (ENOSPC)"));
}

void tst_Result::context()
{
    const Error error(ErrorCode::InvalidData, QStringLiteral("bad line 3"));
    QCOMPARE(error.withContext(QStringLiteral("anna.vcf")).message(),
             QStringLiteral("anna.vcf: bad line 3"));
    QCOMPARE(error.withContext(QStringLiteral("x")).code(), ErrorCode::InvalidData);
}

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
