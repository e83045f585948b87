#include "serverharness.h"
#include "store/journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>
#include <QWebSocket>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

namespace {

// A console that keeps every frame exactly as it arrived, so the tests can
// compare the bytes different consoles were sent and measure each frame.
class RawConsole : public QObject
{
public:
    RawConsole()
    {
        m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { frames.append(text); });
    }

    bool open(const QUrl& url)
    {
        frames.clear();
        m_socket.open(url);
        return QTest::qWaitFor([this] { return !frames.isEmpty(); }, 5000); // hello
    }

    QJsonObject call(const QString& op, const QJsonObject& args)
    {
        const qint64 id = m_nextId++;
        const QJsonObject request {{u"id"_s, id}, {u"op"_s, op}, {u"args"_s, args}};
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
        QJsonObject reply;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject& item : items()) {
                    if (item.contains(u"re"_s) && item.value(u"re"_s).toInteger() == id)
                        reply = item;
                }
                return !reply.isEmpty();
            },
            5000);
        lastReplyOk = reply.contains(u"ok"_s);
        return reply.value(u"ok"_s).toObject();
    }

    bool login(const QString& username)
    {
        const QJsonObject ok = call(u"login"_s,
            {{u"username"_s, username}, {u"password"_s, QString(u"s3cret-"_s + username)},
                {u"protocol"_s, 1}});
        token = ok.value(u"token"_s).toString();
        agentId = ok.value(u"agent"_s).toObject().value(u"id"_s).toInteger();
        loginSeq = ok.value(u"last_seq"_s).toInteger();
        return !token.isEmpty();
    }

    // Every reply and event received, in order, from frame `from` on.
    QList<QJsonObject> items(qsizetype from = 0) const
    {
        QList<QJsonObject> result;
        for (qsizetype i = from; i < frames.size(); ++i) {
            const QJsonDocument doc = QJsonDocument::fromJson(frames.at(i).toUtf8());
            if (doc.isObject())
                result.append(doc.object());
            for (const QJsonValue& item : doc.array())
                result.append(item.toObject());
        }
        return result;
    }

    QList<qint64> seqs(qsizetype from = 0) const
    {
        QList<qint64> result;
        for (const QJsonObject& item : items(from)) {
            if (item.contains(u"seq"_s))
                result.append(item.value(u"seq"_s).toInteger());
        }
        return result;
    }

    int count(const QString& ev, qsizetype from = 0) const
    {
        int n = 0;
        for (const QJsonObject& item : items(from))
            n += item.value(u"ev"_s).toString() == ev ? 1 : 0;
        return n;
    }

    void abort() { m_socket.abort(); }

    QStringList frames;
    QString token;
    qint64 agentId = 0;
    qint64 loginSeq = 0;
    bool lastReplyOk = false;

private:
    QWebSocket m_socket;
    qint64 m_nextId = 1;
};

qint64 firstConversation(const RawConsole& console)
{
    for (const QJsonObject& item : console.items()) {
        if (item.value(u"ev"_s).toString() == u"conversation.changed")
            return item.value(u"data"_s)
                .toObject()
                .value(u"conversation"_s)
                .toObject()
                .value(u"id"_s)
                .toInteger();
    }
    return 0;
}

bool contiguous(const QList<qint64>& seqs, qint64 after)
{
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        if (seqs.at(i) != after + 1 + i)
            return false;
    }
    return true;
}

} // namespace

// Broadcasts are encoded once and consoles in step share their frames; big
// replays are cut into frames under the budget, with nothing lost or doubled;
// message statuses go in full only to the consoles that show them.
class TestServerFanout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void consolesInStepGetTheSameFrames();
    void consoleWithAReplyOfItsOwnStaysInOrder();
    void bigReplayIsCutUnderTheFrameBudget();
    void statusesInFullOnlyWhereShownSeqStillContiguous();
    void customerMessagesInFullOnlyWhereShown();

private:
    // Maria, Ana and Joao log in; a customer writes; Maria claims the
    // conversation and Ana opens it. Its id, or 0 if a step failed.
    qint64 claimedAndViewed(
        RawConsole& maria, RawConsole& ana, RawConsole& joao, const QString& phone, const QString& text);

    std::unique_ptr<ServerHarness> m_harness;
};

qint64 TestServerFanout::claimedAndViewed(
    RawConsole& maria, RawConsole& ana, RawConsole& joao, const QString& phone, const QString& text)
{
    const QUrl url = m_harness->consoleUrl();
    if (!maria.open(url) || !maria.login(u"maria"_s) || !ana.open(url) || !ana.login(u"ana"_s)
        || !joao.open(url) || !joao.login(u"joao"_s))
        return 0;
    m_harness->customerSays(phone, text);
    if (!QTest::qWaitFor([&] { return joao.count(u"message.created"_s) == 1; }, 5000))
        return 0;
    const qint64 conversationId = firstConversation(joao);
    maria.call(u"conversation.claim"_s, {{u"conversation_id"_s, conversationId}});
    if (conversationId <= 0 || !maria.lastReplyOk)
        return 0;
    ana.call(u"view"_s, {{u"conversation_id"_s, conversationId}});
    return ana.lastReplyOk ? conversationId : 0;
}

void TestServerFanout::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    for (const QString& name : {u"maria"_s, u"joao"_s, u"ana"_s})
        QVERIFY(m_harness->addAgent(name, u"s3cret-"_s + name) > 0);
}

void TestServerFanout::cleanup()
{
    m_harness.reset();
}

void TestServerFanout::consolesInStepGetTheSameFrames()
{
    std::array<RawConsole, 3> consoles;
    const QStringList names {u"maria"_s, u"joao"_s, u"ana"_s};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(consoles[i].open(m_harness->consoleUrl()));
        QVERIFY(consoles[i].login(names.at(i)));
    }
    // Ana's presence is the last thing the logins broadcast.
    for (RawConsole& console : consoles)
        QTRY_COMPARE(console.count(u"presence"_s), 3 - int(&console - consoles.data()));
    const std::array<qsizetype, 3> marks {
        consoles[0].frames.size(), consoles[1].frames.size(), consoles[2].frames.size()};

    for (int i = 0; i < 6; ++i)
        m_harness->customerSays(u"55119876500%1"_s.arg(i % 3), u"Mensagem %1"_s.arg(i));
    for (int c = 0; c < 3; ++c)
        QTRY_COMPARE_WITH_TIMEOUT(consoles[c].count(u"message.created"_s, marks[c]), 6, 10000);

    const QStringList reference = consoles[0].frames.mid(marks[0]);
    QVERIFY(!reference.isEmpty());
    for (int c = 1; c < 3; ++c)
        QCOMPARE(consoles[c].frames.mid(marks[c]), reference);
    // Each frame is one object or an array of them, and the journal runs without a gap.
    const QList<qint64> seqs = consoles[0].seqs(marks[0]);
    // A message.created per message and a conversation.changed per conversation
    // at least (messages applied in one turn share their conversation's).
    QVERIFY(seqs.size() >= 9);
    QVERIFY2(contiguous(seqs, seqs.first() - 1), "seq jumps or repeats");
}

void TestServerFanout::consoleWithAReplyOfItsOwnStaysInOrder()
{
    RawConsole maria;
    RawConsole joao;
    QVERIFY(maria.open(m_harness->consoleUrl()) && maria.login(u"maria"_s));
    QVERIFY(joao.open(m_harness->consoleUrl()) && joao.login(u"joao"_s));
    m_harness->customerSays(u"5511987650001"_s, u"Oi"_s);
    QTRY_COMPARE(joao.count(u"message.created"_s), 1);
    QTRY_COMPARE(maria.count(u"message.created"_s), 1);
    const qint64 conversationId = firstConversation(maria);
    QVERIFY(conversationId > 0);

    // Maria's claim: her reply and the broadcast change share her queue; Joao
    // gets only the change. Both see it after everything journalled before it.
    const QJsonObject claimed = maria.call(u"conversation.claim"_s, {{u"conversation_id"_s, conversationId}});
    QCOMPARE(claimed.value(u"conversation"_s).toObject().value(u"assignee_id"_s).toInteger(), maria.agentId);
    QTRY_VERIFY(joao.seqs().size() == maria.seqs().size());
    QCOMPARE(joao.seqs(), maria.seqs());
    QVERIFY(contiguous(maria.seqs(), maria.loginSeq));
    const QJsonObject lastChange = [&] {
        QJsonObject change;
        for (const QJsonObject& item : joao.items()) {
            if (item.value(u"ev"_s).toString() == u"conversation.changed")
                change = item.value(u"data"_s).toObject().value(u"conversation"_s).toObject();
        }
        return change;
    }();
    QCOMPARE(lastChange.value(u"assignee_id"_s).toInteger(), maria.agentId);
}

void TestServerFanout::bigReplayIsCutUnderTheFrameBudget()
{
    constexpr qsizetype Budget = 512 * 1024;
    RawConsole maria;
    QVERIFY(maria.open(m_harness->consoleUrl()) && maria.login(u"maria"_s));
    const QString token = maria.token;
    const qint64 from = maria.loginSeq;
    maria.abort();

    // 1,500 events of ~1 KiB (about 3 frames' worth), one of 600 KiB alone
    // over the budget, appended while Maria is away.
    Journal journal(m_harness->server->database());
    const QString filler(1000, u'x');
    const QDateTime at = m_harness->clock.now();
    qint64 head = 0;
    for (int i = 0; i < 1500; ++i) {
        const QString note = i == 700 ? QString(600 * 1024, u'y') : filler;
        head = journal.append(u"agent.changed"_s, {{u"note"_s, note}}, at);
        QVERIFY(head > 0);
    }

    QVERIFY(maria.open(m_harness->consoleUrl()));
    const qsizetype mark = maria.frames.size();
    const QJsonObject resumed
        = maria.call(u"resume"_s, {{u"token"_s, token}, {u"last_seq"_s, from}, {u"protocol"_s, 1}});
    QCOMPARE(resumed.value(u"resync"_s).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(maria.seqs(mark).size(), 1500, 10000);
    QVERIFY(contiguous(maria.seqs(mark), from));
    QCOMPARE(maria.seqs(mark).last(), head);

    const QStringList frames = maria.frames.mid(mark);
    QVERIFY2(frames.size() >= 4, qPrintable(u"%1 frames"_s.arg(frames.size())));
    int oversized = 0;
    for (const QString& frame : frames) {
        const qsizetype bytes = frame.toUtf8().size();
        if (bytes > Budget) {
            // Only the big event, alone in its frame.
            ++oversized;
            QVERIFY(frame.startsWith(u'{'));
            QVERIFY(bytes > 600 * 1024);
        }
    }
    QCOMPARE(oversized, 1);
}

namespace {

// message.status items of one message, by seq, as a console received them.
QMap<qint64, QJsonObject> statusesBySeq(const RawConsole& console, qsizetype from = 0)
{
    QMap<qint64, QJsonObject> result;
    for (const QJsonObject& item : console.items(from)) {
        if (item.value(u"ev"_s).toString() == u"message.status")
            result.insert(item.value(u"seq"_s).toInteger(), item.value(u"data"_s).toObject());
    }
    return result;
}

} // namespace

void TestServerFanout::statusesInFullOnlyWhereShownSeqStillContiguous()
{
    RawConsole maria; // the assignee
    RawConsole ana; // viewing the conversation
    RawConsole joao; // neither
    const qint64 conversationId
        = claimedAndViewed(maria, ana, joao, u"5511987650002"_s, u"Meu pedido chegou?"_s);
    QVERIFY(conversationId > 0);

    const auto send = [&](const QString& key) {
        return maria
            .call(u"message.send"_s,
                {{u"conversation_id"_s, conversationId}, {u"key"_s, key}, {u"kind"_s, u"text"_s},
                    {u"text"_s, u"Chega amanhã"_s}})
            .value(u"message"_s)
            .toObject()
            .value(u"id"_s)
            .toInteger();
    };
    const qint64 first = send(u"fanout-key-0001"_s);
    QVERIFY(first > 0);
    const auto readBy = [](const RawConsole& console, qint64 messageId) {
        for (const QJsonObject& data : statusesBySeq(console)) {
            if (data.value(u"message_id"_s).toInteger() == messageId
                && data.value(u"status"_s).toString() == u"read")
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(readBy(maria, first), 10000);
    QTRY_VERIFY(readBy(ana, first));
    QTRY_COMPARE(joao.seqs().size(), maria.seqs().size());

    // Same seqs everywhere, none missing: Joao's are stand-ins naming only the conversation.
    const QMap<qint64, QJsonObject> full = statusesBySeq(maria);
    QVERIFY(full.size() >= 4); // queued (with the wamid), sent, delivered, read
    QCOMPARE(statusesBySeq(ana).keys(), full.keys());
    QCOMPARE(statusesBySeq(joao).keys(), full.keys());
    for (const QJsonObject& data : statusesBySeq(ana))
        QCOMPARE(data.value(u"message_id"_s).toInteger(), first);
    for (const QJsonObject& stub : statusesBySeq(joao))
        QCOMPARE(stub, (QJsonObject {{u"conversation_id"_s, conversationId}}));
    QVERIFY(contiguous(joao.seqs(), joao.loginSeq));
    QCOMPARE(joao.seqs(), maria.seqs());

    // A replay follows the same rule: Joao away during a second message
    // resumes with stand-ins, and no gap.
    const qint64 joaoSeq = joao.seqs().last();
    joao.abort();
    const qint64 second = send(u"fanout-key-0002"_s);
    QTRY_VERIFY_WITH_TIMEOUT(readBy(maria, second), 10000);
    QVERIFY(joao.open(m_harness->consoleUrl()));
    const qsizetype mark = joao.frames.size();
    QCOMPARE(joao.call(u"resume"_s, {{u"token"_s, joao.token}, {u"last_seq"_s, joaoSeq}, {u"protocol"_s, 1}})
                 .value(u"resync"_s)
                 .toBool(true),
        false);
    QTRY_COMPARE(joao.seqs(mark).value(joao.seqs(mark).size() - 1), maria.seqs().last());
    QVERIFY(contiguous(joao.seqs(mark), joaoSeq));
    const QMap<qint64, QJsonObject> replayed = statusesBySeq(joao, mark);
    QVERIFY(replayed.size() >= 4);
    for (const QJsonObject& stub : replayed)
        QCOMPARE(stub, (QJsonObject {{u"conversation_id"_s, conversationId}}));
}

void TestServerFanout::customerMessagesInFullOnlyWhereShown()
{
    RawConsole maria; // the assignee
    RawConsole ana; // viewing the conversation
    RawConsole joao; // neither
    // In the queue it is everyone's: the first message reaches Joao in full.
    const qint64 conversationId = claimedAndViewed(maria, ana, joao, u"5511987650003"_s, u"Oi, tudo bem?"_s);
    QVERIFY(conversationId > 0);
    const qsizetype mark = joao.frames.size();

    m_harness->customerSays(u"5511987650003"_s, u"Quero trocar o endereço"_s);
    const auto texts = [](const RawConsole& console) {
        QStringList result;
        for (const QJsonObject& item : console.items()) {
            if (item.value(u"ev"_s).toString() == u"message.created")
                result.append(item.value(u"data"_s)
                                  .toObject()
                                  .value(u"message"_s)
                                  .toObject()
                                  .value(u"text"_s)
                                  .toString());
        }
        return result;
    };
    QTRY_COMPARE(texts(maria), (QStringList {u"Oi, tudo bem?"_s, u"Quero trocar o endereço"_s}));
    QTRY_COMPARE(texts(ana), texts(maria));
    QTRY_COMPARE(joao.count(u"message.created"_s, mark), 1);
    // Joao's is a stand-in naming only the conversation; its inbox row still
    // moves, from conversation.changed, with the preview.
    for (const QJsonObject& item : joao.items(mark)) {
        if (item.value(u"ev"_s).toString() == u"message.created")
            QCOMPARE(
                item.value(u"data"_s).toObject(), (QJsonObject {{u"conversation_id"_s, conversationId}}));
    }
    QTRY_VERIFY(joao.count(u"conversation.changed"_s, mark) >= 1);
    QString preview;
    for (const QJsonObject& item : joao.items(mark)) {
        if (item.value(u"ev"_s).toString() == u"conversation.changed")
            preview = item.value(u"data"_s)
                          .toObject()
                          .value(u"conversation"_s)
                          .toObject()
                          .value(u"last_message"_s)
                          .toObject()
                          .value(u"preview"_s)
                          .toString();
    }
    QCOMPARE(preview, u"Quero trocar o endereço"_s);
    QTRY_COMPARE(joao.seqs(mark).last(), maria.seqs().last());
    QVERIFY(contiguous(joao.seqs(), joao.loginSeq));
}

QTEST_MAIN(TestServerFanout)
#include "tst_serverfanout.moc"
