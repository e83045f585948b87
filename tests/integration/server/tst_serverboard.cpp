#include "consoleclient.h"
#include "protocol/wiretime.h"
#include "serverharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The team leads' live board: queue, roster and alerts pushed as the journal
// and the clock move; agents may not subscribe.
class TestServerBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void agentMayNotUseTheBoard();
    void boardFollowsTheQueue();
    void customerWaitingAlertFiresAfterTheThreshold();
    void windowClosingAlertFiresAnHourBeforeTheEnd();
    void agentOverCapacityAlert();
    void rosterCountsTodaysRepliesAndResponseTimes();
    void unsubscribedLeadGetsNoMoreBoards();
    void boardKeysAreReadFromTheIniFile();

private:
    qint64 newConversation(const QString& waId);
    // Waits for a board computed at the clock's current time.
    QJsonObject boardNow(ConsoleClient& console);
    static QList<QJsonObject> alerts(const QJsonObject& board, const QString& kind);
    static QJsonObject agentRow(const QJsonObject& board, qint64 agentId);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    std::unique_ptr<ConsoleClient> m_lead;
    qint64 m_mariaId = 0;
};

void TestServerBoard::init()
{
    m_harness = std::make_unique<ServerHarness>();
    m_harness->config.board.tickMs = 20;
    m_harness->config.board.minPushMs = 20;
    m_harness->config.board.waitingMinutes = 10;
    m_harness->config.board.windowClosingMinutes = 60;
    QVERIFY(m_harness->start());
    m_mariaId = m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s, u"agent"_s, 1);
    QVERIFY(m_harness->addAgent(u"ana"_s, u"s3cret-ana"_s, u"team_lead"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    m_lead = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(m_lead->open(m_harness->consoleUrl()) && m_lead->login(u"ana"_s, u"s3cret-ana"_s));
}

void TestServerBoard::cleanup()
{
    m_maria.reset();
    m_lead.reset();
    m_harness.reset();
}

qint64 TestServerBoard::newConversation(const QString& waId)
{
    if (m_harness->customerSays(waId, u"Oi, alguém aí?"_s).isEmpty())
        return 0;
    return m_lead->conversationIdFor(u'+' + waId);
}

QJsonObject TestServerBoard::boardNow(ConsoleClient& console)
{
    const QString now = Protocol::toWireTime(m_harness->clock.now());
    QJsonObject board;
    console.waitForEvent(u"board"_s, [&](const QJsonObject& data) {
        if (data.value(u"board"_s).toObject().value(u"at"_s).toString() != now)
            return false;
        board = data.value(u"board"_s).toObject();
        return true;
    });
    return board;
}

QList<QJsonObject> TestServerBoard::alerts(const QJsonObject& board, const QString& kind)
{
    QList<QJsonObject> found;
    for (const QJsonValue& value : board.value(u"alerts"_s).toArray()) {
        if (value.toObject().value(u"kind"_s).toString() == kind)
            found.append(value.toObject());
    }
    return found;
}

QJsonObject TestServerBoard::agentRow(const QJsonObject& board, qint64 agentId)
{
    for (const QJsonValue& value : board.value(u"agents"_s).toArray()) {
        if (value.toObject().value(u"agent_id"_s).toInteger() == agentId)
            return value.toObject();
    }
    return {};
}

void TestServerBoard::agentMayNotUseTheBoard()
{
    const QJsonObject reply = m_maria->call(u"board.subscribe"_s);
    QCOMPARE(reply.value(u"err"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    QCOMPARE(
        m_maria->call(u"stats.get"_s).value(u"err"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    // Nothing was subscribed: a change reaches the lead's board, never the agent.
    QVERIFY(m_lead->call(u"board.subscribe"_s).contains(u"ok"_s));
    QVERIFY(newConversation(u"5511987650001"_s) > 0);
    QVERIFY(m_lead->waitForEvent(u"board"_s));
    QVERIFY(m_maria->events(u"board"_s).isEmpty());
}

void TestServerBoard::boardFollowsTheQueue()
{
    const QJsonObject empty
        = m_lead->call(u"board.subscribe"_s).value(u"ok"_s).toObject().value(u"board"_s).toObject();
    QCOMPARE(empty.value(u"queue"_s).toObject().value(u"open"_s).toInt(), 0);
    QCOMPARE(empty.value(u"thresholds"_s).toObject().value(u"waiting_minutes"_s).toInt(), 10);
    QCOMPARE(agentRow(empty, m_mariaId).value(u"presence"_s).toString(), u"online"_s);
    QCOMPARE(agentRow(empty, m_mariaId).value(u"capacity"_s).toInt(), 1);

    const qint64 id = newConversation(u"5511987650002"_s);
    QVERIFY(id > 0);
    QVERIFY(m_lead->waitForEvent(u"board"_s, [](const QJsonObject& data) {
        const QJsonObject queue = data.value(u"board"_s).toObject().value(u"queue"_s).toObject();
        return queue.value(u"open"_s).toInt() == 1 && queue.value(u"unassigned"_s).toInt() == 1
            && queue.value(u"waiting"_s).toInt() == 1
            && queue.value(u"oldest_waiting_since"_s).toString() == u"2026-11-25T14:00:00.000Z";
    }));
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    QVERIFY(m_lead->waitForEvent(u"board"_s, [&](const QJsonObject& data) {
        const QJsonObject board = data.value(u"board"_s).toObject();
        return board.value(u"queue"_s).toObject().value(u"unassigned"_s).toInt() == 0
            && agentRow(board, m_mariaId).value(u"open_count"_s).toInt() == 1;
    }));
    QVERIFY(m_maria->call(u"conversation.resolve"_s, {{u"conversation_id"_s, id}}).contains(u"ok"_s));
    QVERIFY(m_lead->waitForEvent(u"board"_s, [](const QJsonObject& data) {
        return data.value(u"board"_s).toObject().value(u"queue"_s).toObject().value(u"open"_s).toInt() == 0;
    }));
}

void TestServerBoard::customerWaitingAlertFiresAfterTheThreshold()
{
    QVERIFY(m_lead->call(u"board.subscribe"_s).contains(u"ok"_s));
    const qint64 id = newConversation(u"5511987650003"_s); // at 14:00:00, the customer's own timestamp
    QVERIFY(id > 0);

    m_harness->clock.advance(10min - 1s);
    QJsonObject board = boardNow(*m_lead);
    QVERIFY(!board.isEmpty());
    QVERIFY2(alerts(board, u"customer_waiting"_s).isEmpty(), QJsonDocument(board).toJson().constData());
    QCOMPARE(board.value(u"queue"_s).toObject().value(u"waiting_over_threshold"_s).toInt(), 0);

    m_harness->clock.advance(2s);
    board = boardNow(*m_lead);
    const QList<QJsonObject> waiting = alerts(board, u"customer_waiting"_s);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().value(u"conversation_id"_s).toInteger(), id);
    QCOMPARE(waiting.first().value(u"since"_s).toString(), u"2026-11-25T14:00:00.000Z"_s);
    QCOMPARE(waiting.first().value(u"value"_s).toInteger(), 601);
    QCOMPARE(waiting.first().value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(board.value(u"queue"_s).toObject().value(u"waiting_over_threshold"_s).toInt(), 1);

    // An answer ends the wait, and the alert with it.
    QVERIFY(m_maria
                ->call(u"message.send"_s,
                    {{u"conversation_id"_s, id}, {u"key"_s, u"reply-0003"_s}, {u"kind"_s, u"text"_s},
                        {u"text"_s, u"Oi! Estou aqui."_s}})
                .contains(u"ok"_s));
    QVERIFY(m_lead->waitForEvent(u"board"_s, [](const QJsonObject& data) {
        return data.value(u"board"_s).toObject().value(u"alerts"_s).toArray().isEmpty();
    }));
}

void TestServerBoard::windowClosingAlertFiresAnHourBeforeTheEnd()
{
    QVERIFY(m_lead->call(u"board.subscribe"_s).contains(u"ok"_s));
    const qint64 id = newConversation(u"5511987650004"_s); // the window closes at 14:00 tomorrow
    QVERIFY(id > 0);

    m_harness->clock.advance(23h - 1s);
    QJsonObject board = boardNow(*m_lead);
    QVERIFY(!board.isEmpty());
    QVERIFY(alerts(board, u"window_closing"_s).isEmpty());
    QCOMPARE(board.value(u"queue"_s).toObject().value(u"windows_closing"_s).toInt(), 0);

    m_harness->clock.advance(2s);
    board = boardNow(*m_lead);
    const QList<QJsonObject> closing = alerts(board, u"window_closing"_s);
    QCOMPARE(closing.size(), 1);
    QCOMPARE(closing.first().value(u"conversation_id"_s).toInteger(), id);
    QCOMPARE(closing.first().value(u"value"_s).toInteger(), 3599);
    QCOMPARE(closing.first().value(u"since"_s).toString(), u"2026-11-26T13:00:00.000Z"_s);
    QCOMPARE(board.value(u"queue"_s).toObject().value(u"windows_closing"_s).toInt(), 1);

    // Once the window has closed it is no longer "closing".
    m_harness->clock.advance(1h);
    board = boardNow(*m_lead);
    QVERIFY(alerts(board, u"window_closing"_s).isEmpty());
    QCOMPARE(alerts(board, u"customer_waiting"_s).size(), 1);
}

void TestServerBoard::agentOverCapacityAlert()
{
    QVERIFY(m_lead->call(u"board.subscribe"_s).contains(u"ok"_s));
    const qint64 first = newConversation(u"5511987650005"_s);
    const qint64 second = newConversation(u"5511987650006"_s);
    QVERIFY(first > 0 && second > 0);
    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, first}}).contains(u"ok"_s));
    QVERIFY(m_lead->waitForEvent(u"board"_s, [&](const QJsonObject& data) {
        return agentRow(data.value(u"board"_s).toObject(), m_mariaId).value(u"open_count"_s).toInt() == 1;
    }));
    // At capacity is not over it.
    QVERIFY(alerts(m_lead->lastEventData(u"board"_s).value(u"board"_s).toObject(), u"agent_over_capacity"_s)
                .isEmpty());

    QVERIFY(m_maria->call(u"conversation.claim"_s, {{u"conversation_id"_s, second}}).contains(u"ok"_s));
    QJsonObject over;
    QVERIFY(m_lead->waitForEvent(u"board"_s, [&](const QJsonObject& data) {
        const auto found = alerts(data.value(u"board"_s).toObject(), u"agent_over_capacity"_s);
        if (found.isEmpty())
            return false;
        over = found.first();
        return true;
    }));
    QCOMPARE(over.value(u"agent_id"_s).toInteger(), m_mariaId);
    QCOMPARE(over.value(u"value"_s).toInt(), 2);
    QVERIFY(over.value(u"conversation_id"_s).isNull());
}

void TestServerBoard::rosterCountsTodaysRepliesAndResponseTimes()
{
    const qint64 id = newConversation(u"5511987650007"_s);
    QVERIFY(id > 0);
    m_harness->clock.advance(90s);
    QVERIFY(m_maria
                ->call(u"message.send"_s,
                    {{u"conversation_id"_s, id}, {u"key"_s, u"reply-0007a"_s}, {u"kind"_s, u"text"_s},
                        {u"text"_s, u"Oi!"_s}})
                .contains(u"ok"_s));
    // Loaded from the store at the first subscription...
    const QJsonObject board
        = m_lead->call(u"board.subscribe"_s).value(u"ok"_s).toObject().value(u"board"_s).toObject();
    QJsonObject maria = agentRow(board, m_mariaId);
    QCOMPARE(maria.value(u"sent_today"_s).toInt(), 1);
    QCOMPARE(maria.value(u"first_response_median_s"_s).toInt(), 90);
    QCOMPARE(maria.value(u"response_median_s"_s).toInt(), 90);

    // ...then kept current from the events: a second wait of 30 s, answered.
    m_harness->clock.advance(10s);
    QVERIFY(!m_harness->customerSays(u"5511987650007"_s, u"E o frete?"_s).isEmpty());
    QVERIFY(m_lead->waitForEvent(u"board"_s, [](const QJsonObject& data) {
        return data.value(u"board"_s).toObject().value(u"queue"_s).toObject().value(u"waiting"_s).toInt()
            == 1;
    }));
    m_harness->clock.advance(30s);
    QVERIFY(m_maria
                ->call(u"message.send"_s,
                    {{u"conversation_id"_s, id}, {u"key"_s, u"reply-0007b"_s}, {u"kind"_s, u"text"_s},
                        {u"text"_s, u"Grátis acima de R$ 99."_s}})
                .contains(u"ok"_s));
    QVERIFY(m_lead->waitForEvent(u"board"_s, [&](const QJsonObject& data) {
        const QJsonObject row = agentRow(data.value(u"board"_s).toObject(), m_mariaId);
        // Two samples (90, 30): the lower middle; the first response stays 90.
        return row.value(u"sent_today"_s).toInt() == 2 && row.value(u"response_median_s"_s).toInt() == 30
            && row.value(u"first_response_median_s"_s).toInt() == 90;
    }));
}

void TestServerBoard::unsubscribedLeadGetsNoMoreBoards()
{
    QVERIFY(m_harness->addAgent(u"bia"_s, u"s3cret-bia"_s, u"admin"_s) > 0);
    ConsoleClient witness;
    QVERIFY(witness.open(m_harness->consoleUrl()) && witness.login(u"bia"_s, u"s3cret-bia"_s));
    QVERIFY(witness.call(u"board.subscribe"_s).contains(u"ok"_s));
    QVERIFY(m_lead->call(u"board.subscribe"_s).contains(u"ok"_s));
    QVERIFY(m_lead->call(u"board.unsubscribe"_s).contains(u"ok"_s));
    QVERIFY(newConversation(u"5511987650008"_s) > 0);
    // Both boards would leave in the same push: once the witness has its one,
    // the lead's would be queued before the reply to a later ping.
    QVERIFY(witness.waitForEvent(u"board"_s, [](const QJsonObject& data) {
        return data.value(u"board"_s).toObject().value(u"queue"_s).toObject().value(u"open"_s).toInt() == 1;
    }));
    QVERIFY(m_lead->call(u"ping"_s).contains(u"ok"_s));
    QVERIFY(m_lead->events(u"board"_s).isEmpty());
}

void TestServerBoard::boardKeysAreReadFromTheIniFile()
{
    const auto read = [](const QByteArray& board, QString* error) {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"server.ini"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write("[board]\n" + board) < 0)
            return std::optional<ServerConfig> {};
        file.close();
        return ServerConfig::fromIni(file.fileName(), {}, error);
    };
    QString error;
    const auto config
        = read("waiting_minutes=5\nwindow_closing_minutes=30\ntick_ms=2000\ntimezone=America/Sao_Paulo\n"
               "outbox_backlog=50\nmeta_errors_per_hour=3\nmin_push_ms=500\n",
            &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->board.waitingMinutes, 5);
    QCOMPARE(config->board.windowClosingMinutes, 30);
    QCOMPARE(config->board.tickMs, 2000);
    QCOMPARE(config->board.minPushMs, 500);
    QCOMPARE(config->board.outboxBacklog, 50);
    QCOMPARE(config->board.metaErrorsPerHour, 3);
    QCOMPARE(config->board.timezone, u"America/Sao_Paulo"_s);
    const auto defaults = read({}, &error);
    QVERIFY(defaults);
    QCOMPARE(defaults->board.waitingMinutes, 10);
    QCOMPARE(defaults->board.timezone, u"UTC"_s);
    QVERIFY(!read("waiting_minutes=0\n", &error));
    QVERIFY2(error.contains(u"board/waiting_minutes"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerBoard)
#include "tst_serverboard.moc"
