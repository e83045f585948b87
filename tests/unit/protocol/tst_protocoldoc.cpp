// docs/protocol.md is the contract: every JSON example in it must decode with the
// protocol library and encode back to the same JSON, and the wire objects inside
// (conversation, contact, message, agent) must survive their own round trip.
#include "protocol/agentinfo.h"
#include "protocol/contactinfo.h"
#include "protocol/conversationinfo.h"
#include "protocol/framecodec.h"
#include "protocol/messageinfo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Atendo::Protocol;
using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> jsonExamples()
{
    QFile doc(QStringLiteral(ATENDO_SOURCE_DIR "/docs/protocol.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression block(
        u"```json\\n(.*?)\\n```"_s, QRegularExpression::DotMatchesEverythingOption);
    QList<QByteArray> examples;
    for (auto it = block.globalMatch(text); it.hasNext();)
        examples.append(it.next().captured(1).toUtf8());
    return examples;
}

void checkWireObjects(const QJsonObject& holder)
{
    if (holder.contains(u"conversation"_s)) {
        const QJsonObject json = holder.value(u"conversation"_s).toObject();
        const auto value = ConversationInfo::fromJson(json);
        QVERIFY(value);
        QCOMPARE(value->toJson(), json);
    }
    if (holder.contains(u"contact"_s)) {
        const QJsonObject json = holder.value(u"contact"_s).toObject();
        const auto value = ContactInfo::fromJson(json);
        QVERIFY(value);
        QCOMPARE(value->toJson(json.contains(u"consent_history"_s)), json);
    }
    if (holder.contains(u"message"_s)) {
        const QJsonObject json = holder.value(u"message"_s).toObject();
        const auto value = MessageInfo::fromJson(json);
        QVERIFY(value);
        QCOMPARE(value->toJson(), json);
    }
    if (holder.contains(u"agent"_s)) {
        const QJsonObject json = holder.value(u"agent"_s).toObject();
        QCOMPARE(AgentInfo::fromJson(json)->toJson(), json);
    }
    for (const QString& list : {u"items"_s, u"conversations"_s, u"agents"_s}) {
        for (const QJsonValue& item : holder.value(list).toArray()) {
            const QJsonObject json = item.toObject();
            if (json.contains(u"contact"_s) && json.contains(u"window"_s))
                QCOMPARE(ConversationInfo::fromJson(json)->toJson(), json);
            else if (json.contains(u"direction"_s))
                QCOMPARE(MessageInfo::fromJson(json)->toJson(), json);
            else if (json.contains(u"presence"_s))
                QCOMPARE(AgentInfo::fromJson(json)->toJson(), json);
        }
    }
}

} // namespace

class TestProtocolDoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExampleRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("example");
        const QList<QByteArray> examples = jsonExamples();
        // The document has examples of every frame kind; losing them is a failure.
        QVERIFY2(examples.size() >= 25, qPrintable(u"only %1 examples found"_s.arg(examples.size())));
        int i = 0;
        for (const QByteArray& example : examples)
            QTest::addRow("example %d", ++i) << example;
    }

    void everyExampleRoundTrips()
    {
        QFETCH(QByteArray, example);
        const QJsonDocument doc = QJsonDocument::fromJson(example);
        QVERIFY2(!doc.isNull(), example.constData());

        if (doc.isObject() && doc.object().contains(u"op"_s)) {
            const auto request = FrameCodec::decodeRequest(example);
            QVERIFY2(std::holds_alternative<Request>(request), example.constData());
            QJsonObject expected = doc.object();
            if (!expected.contains(u"args"_s))
                expected.insert(u"args"_s, QJsonObject());
            QCOMPARE(FrameCodec::toJson(std::get<Request>(request)), expected);
            return;
        }

        const auto decoded = FrameCodec::decodeServerFrame(example);
        QVERIFY2(std::holds_alternative<QList<ServerFrameItem>>(decoded), example.constData());
        const auto& items = std::get<QList<ServerFrameItem>>(decoded);
        const QJsonArray originals = doc.isArray() ? doc.array() : QJsonArray {doc.object()};
        QCOMPARE(items.size(), originals.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject original = originals.at(i).toObject();
            if (const auto* reply = std::get_if<Reply>(&items.at(i))) {
                QCOMPARE(FrameCodec::toJson(*reply), original);
                checkWireObjects(reply->ok);
            } else {
                const Event& event = std::get<Event>(items.at(i));
                QCOMPARE(FrameCodec::toJson(event), original);
                checkWireObjects(event.data);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProtocolDoc)
#include "tst_protocoldoc.moc"
