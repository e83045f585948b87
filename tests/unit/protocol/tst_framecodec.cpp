#include "protocol/framecodec.h"
#include "protocol/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atendo::Protocol;
using namespace Qt::StringLiterals;

class TestFrameCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEventAroundItsEncodedDataIsTheSameBytes()
    {
        const QDateTime at = QDateTime::fromString(u"2026-11-25T14:05:03.120Z"_s, Qt::ISODateWithMs);
        const QList<QJsonObject> datas {
            QJsonObject {},
            QJsonObject {{u"message"_s,
                QJsonObject {{u"id"_s, 981}, {u"text"_s, u"Olá, \"João\" — 📦 a caminho\n\\ /"_s},
                    {u"wamid"_s, QJsonValue::Null}, {u"price"_s, 0.0625}, {u"billable"_s, true}}}},
            QJsonObject {{u"conversation_id"_s, 42}, {u"list"_s, QJsonArray {1, u"dois"_s, QJsonObject {}}}},
        };
        for (const QJsonObject& data : datas) {
            const Event event {1042, u"message.created"_s, at, data};
            const QByteArray compactData = QJsonDocument(data).toJson(QJsonDocument::Compact);
            QCOMPARE(FrameCodec::encode(event, compactData), FrameCodec::encode(event));
        }
        // Not journalled: the general path, no seq.
        const Event presence {0, u"presence"_s, at, QJsonObject {{u"agent_id"_s, 3}}};
        QCOMPARE(FrameCodec::encode(presence, R"({"agent_id":3})"), FrameCodec::encode(presence));
    }

    void decodesAWellFormedRequest()
    {
        const auto result = FrameCodec::decodeRequest(R"({"id":"a1","op":"ping","args":{"x":1}})");
        QVERIFY(std::holds_alternative<Request>(result));
        const auto& request = std::get<Request>(result);
        QCOMPARE(request.id.toString(), u"a1"_s);
        QCOMPARE(request.op, u"ping"_s);
        QCOMPARE(request.args.value(u"x"_s).toInt(), 1);
    }

    void argsMayBeOmitted()
    {
        const auto result = FrameCodec::decodeRequest(R"({"id":3,"op":"snapshot"})");
        QVERIFY(std::holds_alternative<Request>(result));
        QVERIFY(std::get<Request>(result).args.isEmpty());
    }

    void rejectsBadFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("keepsId");
        QTest::newRow("truncated") << QByteArray("{\"id\":1,\"op\":\"pi") << u"bad_request"_s << false;
        QTest::newRow("not json") << QByteArray("hello") << u"bad_request"_s << false;
        QTest::newRow("array") << QByteArray(R"([1,2])") << u"bad_request"_s << false;
        QTest::newRow("no id") << QByteArray(R"({"op":"ping"})") << u"bad_request"_s << false;
        QTest::newRow("empty id") << QByteArray(R"({"id":"","op":"ping"})") << u"bad_request"_s << false;
        QTest::newRow("object id") << QByteArray(R"({"id":{},"op":"ping"})") << u"bad_request"_s << false;
        QTest::newRow("no op") << QByteArray(R"({"id":1})") << u"bad_request"_s << true;
        QTest::newRow("numeric op") << QByteArray(R"({"id":1,"op":5})") << u"bad_request"_s << true;
        QTest::newRow("args array") << QByteArray(R"({"id":1,"op":"ping","args":[]})") << u"bad_request"_s
                                    << true;
        QTest::newRow("too large") << QByteArray(R"({"id":1,"op":"ping","args":{"t":")")
                + QByteArray(MaxFrameBytes, 'x') + QByteArray(R"("}})")
                                   << u"frame_too_large"_s << false;
    }

    void rejectsBadFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QFETCH(bool, keepsId);
        const auto result = FrameCodec::decodeRequest(frame);
        QVERIFY(std::holds_alternative<FrameError>(result));
        const auto& error = std::get<FrameError>(result);
        QCOMPARE(errorCodeName(error.error.code), code);
        QVERIFY(!error.error.message.isEmpty());
        QCOMPARE(error.id.isDouble(), keepsId);
    }

    void repliesEncodeOkOrErr()
    {
        const QByteArray ok = FrameCodec::encode(Reply::success(7, {{u"n"_s, 1}}));
        QCOMPARE(QJsonDocument::fromJson(ok).object(),
            QJsonDocument::fromJson(R"({"re":7,"ok":{"n":1}})").object());
        const QByteArray err
            = FrameCodec::encode(Reply::failure(u"x"_s, ErrorCode::WindowClosed, u"closed"_s));
        QCOMPARE(QJsonDocument::fromJson(err).object(),
            QJsonDocument::fromJson(R"({"re":"x","err":{"code":"window_closed","message":"closed"}})")
                .object());
    }

    void eventsOmitSeqWhenEphemeral()
    {
        const QDateTime at(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
        const QJsonObject ephemeral
            = QJsonDocument::fromJson(FrameCodec::encode(Event {0, u"presence"_s, at, {}})).object();
        QVERIFY(!ephemeral.contains(u"seq"_s));
        QCOMPARE(ephemeral.value(u"at"_s).toString(), u"2026-11-25T14:00:00.000Z"_s);
        const QJsonObject journalled
            = QJsonDocument::fromJson(FrameCodec::encode(Event {9, u"x"_s, at, {}})).object();
        QCOMPARE(journalled.value(u"seq"_s).toInteger(), 9);
    }

    void severalEventsBecomeOneArrayFrame()
    {
        const QDateTime at(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
        const QList<Event> events {{1, u"a"_s, at, {}}, {2, u"b"_s, at, {}}, {0, u"presence"_s, at, {}}};
        const QByteArray frame = FrameCodec::encode(events);
        QVERIFY(QJsonDocument::fromJson(frame).isArray());
        const auto decoded = FrameCodec::decodeServerFrame(frame);
        QVERIFY(std::holds_alternative<QList<ServerFrameItem>>(decoded));
        const auto& items = std::get<QList<ServerFrameItem>>(decoded);
        QCOMPARE(items.size(), 3);
        QCOMPARE(std::get<Event>(items.at(1)).seq, 2);
        QCOMPARE(std::get<Event>(items.at(2)).isJournalled(), false);
        QCOMPARE(std::get<Event>(items.at(0)).at, at);
    }

    void clientRejectsGarbageFromServer_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("truncated") << QByteArray(R"({"re":1,"ok":)");
        QTest::newRow("neither reply nor event") << QByteArray(R"({"hello":1})");
        QTest::newRow("negative seq") << QByteArray(R"({"seq":-1,"ev":"x","at":"2026-11-25T14:00:00.000Z"})");
        QTest::newRow("string seq") << QByteArray(R"({"seq":"1","ev":"x"})");
        QTest::newRow("reply without ok") << QByteArray(R"({"re":1})");
        QTest::newRow("array with a number") << QByteArray(R"([{"ev":"x"},3])");
        QTest::newRow("empty") << QByteArray();
    }

    void clientRejectsGarbageFromServer()
    {
        QFETCH(QByteArray, frame);
        QVERIFY(std::holds_alternative<QString>(FrameCodec::decodeServerFrame(frame)));
    }

    void unknownErrorCodeFromANewerServerStillReadsAsError()
    {
        const auto decoded
            = FrameCodec::decodeServerFrame(R"({"re":1,"err":{"code":"brand_new","message":"m"}})");
        const auto& items = std::get<QList<ServerFrameItem>>(decoded);
        const Reply reply = std::get<Reply>(items.constFirst());
        QVERIFY(!reply.isOk());
        QCOMPARE(reply.err->code, ErrorCode::Internal);
        QCOMPARE(reply.err->message, u"m"_s);
    }

    void everyErrorCodeRoundTripsByName()
    {
        for (int i = int(ErrorCode::BadRequest); i <= int(ErrorCode::Internal); ++i) {
            const auto code = ErrorCode(i);
            QCOMPARE(errorCodeFromName(errorCodeName(code)), code);
        }
        QVERIFY(!errorCodeFromName(u"nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
