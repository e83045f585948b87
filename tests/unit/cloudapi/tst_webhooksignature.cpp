#include "tst_webhooksignature.h"

#include "cloudapi/webhooksignature.h"

#include <QTest>

using namespace Atendo;

// Reference digests computed outside Qt, with
//   printf '%s' "$body" | openssl dgst -sha256 -hmac "$secret"
namespace {
const QByteArray envelopeBody = R"({"object":"whatsapp_business_account","entry":[]})";
const QByteArray envelopeSecret = "app-secret-123";
const QByteArray envelopeHeader = "sha256=20e391a99a86fc5adf7e3a453236d20c906360291977896cf2f671e03bb95703";
const QByteArray foxBody = "The quick brown fox jumps over the lazy dog";
const QByteArray foxHeader = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";
} // namespace

void TestWebhookSignature::signMatchesOpenSslVectors()
{
    QCOMPARE(WebhookSignature::sign(envelopeBody, envelopeSecret), envelopeHeader);
    QCOMPARE(WebhookSignature::sign(foxBody, "key"), foxHeader);
}

void TestWebhookSignature::verifyAcceptsGenuineHeader()
{
    QVERIFY(WebhookSignature::verify(envelopeBody, envelopeHeader, envelopeSecret));
    QVERIFY(WebhookSignature::verify(foxBody, foxHeader, "key"));
}

void TestWebhookSignature::verifyAcceptsUpperCaseHexAndSurroundingSpace()
{
    QByteArray upper = "sha256=" + envelopeHeader.mid(7).toUpper();
    QVERIFY(WebhookSignature::verify(envelopeBody, upper, envelopeSecret));
    QVERIFY(WebhookSignature::verify(envelopeBody, " " + envelopeHeader + "\r\n", envelopeSecret));
}

void TestWebhookSignature::verifyRoundTripsSign()
{
    const QByteArray body = QByteArray(5000, 'x') + "\xc3\xa9\n";
    QVERIFY(WebhookSignature::verify(body, WebhookSignature::sign(body, "s3cr3t"), "s3cr3t"));
}

void TestWebhookSignature::verifyRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("secret");

    QByteArray tampered = envelopeBody;
    tampered.replace("[]", "[ ]");
    QTest::newRow("tampered body (one added space)") << tampered << envelopeHeader << envelopeSecret;
    QTest::newRow("wrong secret") << envelopeBody << envelopeHeader << QByteArray("app-secret-124");
    QTest::newRow("empty secret") << envelopeBody << envelopeHeader << QByteArray();
    QTest::newRow("missing prefix") << envelopeBody << envelopeHeader.mid(7) << envelopeSecret;
    QTest::newRow("sha1 prefix") << envelopeBody << "sha1=" + envelopeHeader.mid(7) << envelopeSecret;
    QTest::newRow("empty header") << envelopeBody << QByteArray() << envelopeSecret;
    QTest::newRow("prefix only") << envelopeBody << QByteArray("sha256=") << envelopeSecret;
    QTest::newRow("truncated digest") << envelopeBody << envelopeHeader.chopped(2) << envelopeSecret;
    QTest::newRow("digest too long") << envelopeBody << envelopeHeader + "00" << envelopeSecret;
    QByteArray nonHex = envelopeHeader;
    nonHex[10] = 'g';
    QTest::newRow("non-hex character") << envelopeBody << nonHex << envelopeSecret;
    QByteArray flipped = envelopeHeader;
    flipped[flipped.size() - 1] = '4';
    QTest::newRow("last digit changed") << envelopeBody << flipped << envelopeSecret;
}

void TestWebhookSignature::verifyRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, secret);
    QVERIFY(!WebhookSignature::verify(body, header, secret));
}

QTEST_GUILESS_MAIN(TestWebhookSignature)
