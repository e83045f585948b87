#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// The console port speaks wss:// with the configured certificate and key:
// a console that trusts the certificate logs in; one that does not, and a
// plain ws:// client, get nowhere.
class TestServerWss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void consoleTrustingTheCertificateLogsIn();
    void untrustedCertificateIsRefused();
    void plainWebSocketGetsNoHello();

private:
    [[nodiscard]] QUrl wssUrl() const;
    // The items of every frame received so far (a frame may hold an array).
    static QList<QJsonObject> items(const QSignalSpy& frames);

    std::unique_ptr<ServerHarness> m_harness;
    QSslCertificate m_certificate;
};

void TestServerWss::init()
{
    m_harness = std::make_unique<ServerHarness>();
    const QString cert = m_harness->dir.filePath(u"console.crt"_s);
    const QString key = m_harness->dir.filePath(u"console.key"_s);
    // A throw-away self-signed certificate for 127.0.0.1.
    QProcess openssl;
    openssl.start(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
            u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s,
            u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(cert);
    QCOMPARE(chain.size(), 1);
    m_certificate = chain.constFirst();
    m_harness->config.tlsCertificate = cert;
    m_harness->config.tlsPrivateKey = key;
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
}

void TestServerWss::cleanup()
{
    m_harness.reset();
}

QUrl TestServerWss::wssUrl() const
{
    return QUrl(u"wss://127.0.0.1:%1/"_s.arg(m_harness->server->consolePort()));
}

QList<QJsonObject> TestServerWss::items(const QSignalSpy& frames)
{
    QList<QJsonObject> all;
    for (const QList<QVariant>& frame : frames) {
        const QJsonDocument doc = QJsonDocument::fromJson(frame.constFirst().toString().toUtf8());
        if (doc.isObject())
            all.append(doc.object());
        const QJsonArray array = doc.array();
        for (const QJsonValue& item : array)
            all.append(item.toObject());
    }
    return all;
}

void TestServerWss::consoleTrustingTheCertificateLogsIn()
{
    QWebSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({m_certificate});
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(ssl);
    QSignalSpy errors(&socket, &QWebSocket::sslErrors);
    QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
    socket.open(wssUrl());

    QTRY_VERIFY(!items(frames).isEmpty());
    const QJsonObject hello = items(frames).constFirst();
    QCOMPARE(hello.value(u"ev"_s).toString(), u"hello"_s);
    QCOMPARE(hello.value(u"data"_s).toObject().value(u"protocol"_s).toInt(), 1);
    QVERIFY(errors.isEmpty());
    QCOMPARE(socket.sslConfiguration().peerCertificate(), m_certificate);

    const QJsonObject login {{u"id"_s, 1}, {u"op"_s, u"login"_s},
        {u"args"_s,
            QJsonObject {
                {u"username"_s, u"maria"_s}, {u"password"_s, u"s3cret-maria"_s}, {u"protocol"_s, 1}}}};
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(login).toJson(QJsonDocument::Compact)));
    QJsonObject reply;
    QTRY_VERIFY([&] {
        const QList<QJsonObject> received = items(frames);
        for (const QJsonObject& item : received) {
            if (item.value(u"re"_s).toInt() == 1)
                reply = item;
        }
        return !reply.isEmpty();
    }());
    const QJsonObject ok = reply.value(u"ok"_s).toObject();
    QVERIFY2(!ok.value(u"token"_s).toString().isEmpty(), QJsonDocument(reply).toJson().constData());
    QCOMPARE(ok.value(u"agent"_s).toObject().value(u"username"_s).toString(), u"maria"_s);
}

void TestServerWss::untrustedCertificateIsRefused()
{
    QWebSocket socket;
    QSignalSpy errors(&socket, &QWebSocket::sslErrors);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
    socket.open(wssUrl());
    QVERIFY(errors.wait(5000));
    const QList<QSslError> reported = errors.constFirst().constFirst().value<QList<QSslError>>();
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.constFirst().certificate(), m_certificate);
    QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState);
    QVERIFY(frames.isEmpty());
}

void TestServerWss::plainWebSocketGetsNoHello()
{
    QWebSocket socket;
    QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_harness->server->consolePort())));
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 15000);
    QVERIFY(connected.isEmpty());
    QVERIFY(frames.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerWss)
#include "tst_serverwss.moc"
