#include "cloudapi/graphrequests.h"
#include "cloudapi/mediarules.h"

#include <QJsonObject>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

// Which files WhatsApp takes as which kind, up to what size, and the media
// message and upload answer as Graph speaks them.
class TestMediaRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsAndLimits_data()
    {
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("max");
        const qint64 mib = 1024 * 1024;
        QTest::newRow("jpeg") << u"image/jpeg"_s << u"image"_s << 5 * mib;
        QTest::newRow("png, upper case, parameter") << u"IMAGE/PNG; q=1"_s << u"image"_s << 5 * mib;
        QTest::newRow("mp4 video") << u"video/mp4"_s << u"video"_s << 16 * mib;
        QTest::newRow("ogg audio") << u"audio/ogg"_s << u"audio"_s << 16 * mib;
        QTest::newRow("pdf") << u"application/pdf"_s << u"document"_s << 100 * mib;
        QTest::newRow("docx") << u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s
                              << u"document"_s << 100 * mib;
        QTest::newRow("webp (stickers only)") << u"image/webp"_s << QString() << qint64(0);
        QTest::newRow("gif") << u"image/gif"_s << QString() << qint64(0);
        QTest::newRow("exe") << u"application/x-msdownload"_s << QString() << qint64(0);
    }

    void kindsAndLimits()
    {
        QFETCH(QString, mime);
        QFETCH(QString, kind);
        QFETCH(qint64, max);
        QCOMPARE(MediaRules::kindOf(mime), kind);
        QCOMPARE(MediaRules::maxBytes(kind), max);
        if (kind.isEmpty()) {
            QCOMPARE(MediaRules::check(mime, 10), MediaRules::Verdict::UnsupportedType);
            return;
        }
        QCOMPARE(MediaRules::check(mime, max), MediaRules::Verdict::Ok);
        QCOMPARE(MediaRules::check(mime, max + 1), MediaRules::Verdict::TooLarge);
        QCOMPARE(MediaRules::check(mime, 0), MediaRules::Verdict::Empty);
        QCOMPARE(MediaRules::check(mime, 1, kind), MediaRules::Verdict::Ok);
        QCOMPARE(MediaRules::check(mime, 1, kind == u"image" ? u"document"_s : u"image"_s),
            MediaRules::Verdict::WrongKind);
    }

    void explanationsNameTheProblem()
    {
        QVERIFY(MediaRules::explain(MediaRules::Verdict::UnsupportedType, u"image/gif"_s, 1)
                    .contains(u"image/gif"_s));
        const QString big = MediaRules::explain(MediaRules::Verdict::TooLarge, u"image/png"_s, 6291456);
        QVERIFY2(big.contains(u"6291456"_s) && big.contains(u"5 MB"_s), qPrintable(big));
        QVERIFY(MediaRules::explain(MediaRules::Verdict::Ok, u"image/png"_s, 1).isEmpty());
    }

    void captionsExceptOnAudio()
    {
        QVERIFY(MediaRules::takesCaption(u"image"_s));
        QVERIFY(MediaRules::takesCaption(u"document"_s));
        QVERIFY(MediaRules::takesCaption(u"video"_s));
        QVERIFY(!MediaRules::takesCaption(u"audio"_s));
    }

    void mediaMessageByIdAsGraphTakesIt()
    {
        const QJsonObject image = GraphRequests::mediaMessage(
            u"+5511987654321"_s, u"image"_s, u"1234"_s, u"O azul"_s, u"x.png"_s, u"key-1"_s);
        QCOMPARE(image.value(u"type"_s).toString(), u"image"_s);
        QCOMPARE(image.value(u"to"_s).toString(), u"+5511987654321"_s);
        QCOMPARE(image.value(u"messaging_product"_s).toString(), u"whatsapp"_s);
        QCOMPARE(image.value(u"biz_opaque_callback_data"_s).toString(), u"key-1"_s);
        // filename goes only with documents.
        QCOMPARE(image.value(u"image"_s).toObject(),
            (QJsonObject {{u"id"_s, u"1234"_s}, {u"caption"_s, u"O azul"_s}}));
        const QJsonObject doc = GraphRequests::mediaMessage(
            u"+5511987654321"_s, u"document"_s, u"99"_s, {}, u"orçamento.pdf"_s);
        QCOMPARE(doc.value(u"document"_s).toObject(),
            (QJsonObject {{u"id"_s, u"99"_s}, {u"filename"_s, u"orçamento.pdf"_s}}));
        QVERIFY(!doc.contains(u"biz_opaque_callback_data"_s));
        // Audio cannot carry a caption: it is left out rather than refused by Meta.
        const QJsonObject audio
            = GraphRequests::mediaMessage(u"+5511987654321"_s, u"audio"_s, u"7"_s, u"ouça"_s, {});
        QCOMPARE(audio.value(u"audio"_s).toObject(), (QJsonObject {{u"id"_s, u"7"_s}}));
    }

    void uploadAnswer()
    {
        const MediaInfo ok = GraphRequests::parseMediaUpload("{\"id\":\"1037543291543636\"}", 200);
        QVERIFY(ok.ok());
        QCOMPARE(ok.id, u"1037543291543636"_s);
        const MediaInfo refused
            = GraphRequests::parseMediaUpload("{\"error\":{\"message\":\"(#131053) Media upload "
                                              "error\",\"type\":\"OAuthException\",\"code\":131053,"
                                              "\"error_data\":{\"details\":\"too big\"}}}",
                400);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->code, 131053);
        QCOMPARE(refused.error->details, u"too big"_s);
        const MediaInfo empty = GraphRequests::parseMediaUpload("{}", 200);
        QVERIFY(!empty.ok());
        const MediaInfo gateway = GraphRequests::parseMediaUpload("<html>", 502);
        QVERIFY(!gateway.ok());
        QCOMPARE(gateway.error->httpStatus, 502);
    }
};

QTEST_GUILESS_MAIN(TestMediaRules)
#include "tst_mediarules.moc"
