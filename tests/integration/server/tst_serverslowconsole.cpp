#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

namespace {

// A console whose desktop froze after logging in: a plain TCP socket that
// speaks just enough WebSocket to log in, then never reads again. Its small
// receive buffer fills, then the kernel's, then the server's socket.
class FrozenConsole
{
public:
    bool logIn(const QUrl& url, const QString& username, const QString& password)
    {
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        m_socket.connectToHost(url.host(), quint16(url.port()));
        if (!m_socket.waitForConnected(5000))
            return false;
        m_socket.write("GET / HTTP/1.1\r\nHost: " + url.host().toUtf8() + ':' + QByteArray::number(url.port())
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        if (!readUntil("\r\n\r\n") || !m_received.startsWith("HTTP/1.1 101"))
            return false;
        const QJsonObject login {{u"id"_s, 1}, {u"op"_s, u"login"_s},
            {u"args"_s,
                QJsonObject {{u"username"_s, username}, {u"password"_s, password}, {u"protocol"_s, 1}}}};
        m_socket.write(maskedTextFrame(QJsonDocument(login).toJson(QJsonDocument::Compact)));
        m_received.remove(0, m_received.indexOf("\r\n\r\n") + 4);
        if (!QTest::qWaitFor([this] { return readReply(); }, 5000))
            return false;
        // From here on it reads nothing more.
        m_socket.setReadBufferSize(4096);
        return !token.isEmpty();
    }

    [[nodiscard]] bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    QString token;
    qint64 lastSeq = 0;

private:
    // Reads the server's (unmasked) frames until the login reply is among them.
    bool readReply()
    {
        m_received += m_socket.readAll();
        while (m_received.size() >= 2) {
            qsizetype header = 2;
            const int code = quint8(m_received.at(1)) & 0x7f;
            if (code == 127)
                return false; // the login's frames are all far below 64 KiB
            quint64 length = quint64(code);
            if (code == 126) {
                header = 4;
                length
                    = m_received.size() < 4 ? 0 : (quint8(m_received.at(2)) << 8) | quint8(m_received.at(3));
            }
            if (m_received.size() < header + qsizetype(length))
                return false;
            const QJsonDocument frame = QJsonDocument::fromJson(m_received.mid(header, qsizetype(length)));
            m_received.remove(0, header + qsizetype(length));
            // One item, or several coalesced into an array.
            const QJsonArray items = frame.isArray() ? frame.array() : QJsonArray {frame.object()};
            for (const QJsonValue& item : items) {
                const QJsonObject ok = item.toObject().value(u"ok"_s).toObject();
                if (ok.contains(u"token"_s)) {
                    token = ok.value(u"token"_s).toString();
                    lastSeq = ok.value(u"last_seq"_s).toInteger();
                }
            }
        }
        return !token.isEmpty();
    }

    bool readUntil(const QByteArray& marker)
    {
        return QTest::qWaitFor(
            [&] {
                m_received += m_socket.readAll();
                return m_received.contains(marker);
            },
            5000);
    }

    // RFC 6455 §5.2: a client's frames are masked; payloads here are < 64 KiB.
    static QByteArray maskedTextFrame(const QByteArray& payload)
    {
        QByteArray frame;
        frame.append(char(0x81));
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else {
            frame.append(char(0x80 | 126));
            frame.append(char((payload.size() >> 8) & 0xff));
            frame.append(char(payload.size() & 0xff));
        }
        const quint32 mask = QRandomGenerator::global()->generate();
        const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
        frame.append(key, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ key[i % 4]));
        return frame;
    }

    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace

// A console that stops reading cannot make the server buffer without bound:
// past [console] max_buffered_bytes it is dropped, everyone else keeps getting
// every event, and the dropped console resumes with nothing lost.
class TestServerSlowConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void consoleThatStopsReadingIsDroppedAndResumes();
    void noLimitKeepsBuffering();

private:
    static constexpr int Messages = 2500;
    // `count` customer messages of `textBytes` each, 50 per signed POST.
    void customersSay(int count, int textBytes);
    double metric(const QString& name);
    // Starts the server; Joao logs in and reads, Maria logs in and freezes;
    // Messages customer messages arrive and Joao has them all.
    void floodWhileMariaIsFrozen(ConsoleClient& joao, FrozenConsole& maria);

    std::unique_ptr<ServerHarness> m_harness;
};

void TestServerSlowConsole::init()
{
    m_harness = std::make_unique<ServerHarness>();
    // Above what the kernel holds for one socket; eight times this (the hard
    // limit) above the replay the resumed console gets all at once.
    m_harness->config.maxBufferedBytes = 2 * 1024 * 1024;
    m_harness->config.sendStallMs = 1000;
}

void TestServerSlowConsole::cleanup()
{
    m_harness.reset();
}

void TestServerSlowConsole::customersSay(int count, int textBytes)
{
    static int next = 0;
    for (int first = 0; first < count; first += 50) {
        QJsonArray contacts;
        QJsonArray messages;
        for (int i = first; i < std::min(count, first + 50); ++i, ++next) {
            const QString waId = u"5511977%1"_s.arg(next % 500, 6, 10, QChar(u'0'));
            contacts.append(QJsonObject {
                {u"profile"_s, QJsonObject {{u"name"_s, u"Cliente %1"_s.arg(next)}}}, {u"wa_id"_s, waId}});
            messages.append(QJsonObject {{u"from"_s, waId}, {u"id"_s, u"wamid.slow.%1"_s.arg(next)},
                {u"timestamp"_s, QString::number(m_harness->clock.now().toSecsSinceEpoch())},
                {u"type"_s, u"text"_s},
                {u"text"_s,
                    QJsonObject {{u"body"_s, QString(u"%1 "_s.arg(next) + QString(textBytes, u'x'))}}}});
        }
        const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
            {u"metadata"_s,
                QJsonObject {{u"display_phone_number"_s, u"15550783881"_s},
                    {u"phone_number_id"_s, m_harness->config.phoneNumberId}}},
            {u"contacts"_s, contacts}, {u"messages"_s, messages}};
        const QJsonObject body {{u"object"_s, u"whatsapp_business_account"_s},
            {u"entry"_s,
                QJsonArray {QJsonObject {{u"id"_s, m_harness->config.wabaId},
                    {u"changes"_s,
                        QJsonArray {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}};
        const auto result = m_harness->postWebhook(QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(result.status, 200);
    }
}

double TestServerSlowConsole::metric(const QString& name)
{
    const QByteArray text = m_harness->get(m_harness->httpUrl(u"/metrics"_s)).body;
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(QByteArray(name.toUtf8() + ' ')))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

void TestServerSlowConsole::floodWhileMariaIsFrozen(ConsoleClient& joao, FrozenConsole& maria)
{
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    QVERIFY(m_harness->addAgent(u"joao"_s, u"s3cret-joao"_s) > 0);
    QVERIFY(joao.open(m_harness->consoleUrl()) && joao.login(u"joao"_s, u"s3cret-joao"_s));
    QVERIFY(maria.logIn(m_harness->consoleUrl(), u"maria"_s, u"s3cret-maria"_s));
    QCOMPARE(metric(u"atendo_console_dropped_slow"_s), 0.0);
    // ~10 MB of events: more than the kernel buffers on both ends and the limit hold.
    customersSay(Messages, 4000);
    QTRY_COMPARE_WITH_TIMEOUT(joao.events(u"message.created"_s).size(), Messages, 30000);
}

void TestServerSlowConsole::consoleThatStopsReadingIsDroppedAndResumes()
{
    ConsoleClient joao;
    FrozenConsole maria;
    floodWhileMariaIsFrozen(joao, maria);
    if (QTest::currentTestFailed())
        return;
    // Her frozen desktop does not notice; the server has let go of it.
    QTRY_COMPARE(metric(u"atendo_console_connections"_s), 1.0);
    QCOMPARE(metric(u"atendo_console_dropped_slow"_s), 1.0);

    // Maria's console comes back and resumes where it was: every message, once.
    ConsoleClient resumed;
    QVERIFY(resumed.open(m_harness->consoleUrl()));
    const QJsonObject ok = resumed.call(
        u"resume"_s, {{u"token"_s, maria.token}, {u"last_seq"_s, maria.lastSeq}, {u"protocol"_s, 1}});
    QCOMPARE(ok.value(u"resync"_s).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.events(u"message.created"_s).size(), Messages, 30000);
    QSet<QString> wamids;
    for (const QJsonObject& event : resumed.events(u"message.created"_s))
        wamids.insert(
            event.value(u"data"_s).toObject().value(u"message"_s).toObject().value(u"wamid"_s).toString());
    QCOMPARE(wamids.size(), Messages);
}

void TestServerSlowConsole::noLimitKeepsBuffering()
{
    m_harness->config.maxBufferedBytes = 0;
    ConsoleClient joao;
    FrozenConsole maria;
    floodWhileMariaIsFrozen(joao, maria);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(maria.isConnected());
    QCOMPARE(metric(u"atendo_console_dropped_slow"_s), 0.0);
    QCOMPARE(metric(u"atendo_console_connections"_s), 2.0);
}

QTEST_MAIN(TestServerSlowConsole)
#include "tst_serverslowconsole.moc"
