#include "serverharness.h"

#include "cloudapi/webhooksignature.h"
#include "server/passwordhasher.h"
#include "server/templatesync.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace Atendo::Test {

using namespace Qt::StringLiterals;

ServerHarness::ServerHarness() : clock(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC))
{
    config.consolePort = 0;
    config.httpPort = 0;
    config.database = DatabaseConfig::sqlite(dir.filePath(u"atendo.db"_s));
    config.pbkdf2Iterations = 10;
    config.coalesceMs = 5;
    config.appSecret = u"sandbox-app-secret"_s;
    config.accessToken = u"sandbox-access-token"_s;
    config.verifyToken = u"sandbox-verify-token"_s;
    config.optInApiKey = u"test-optin-key"_s;
    config.retryBaseMs = 50;
    config.rateCardPath = QStringLiteral(ATENDO_SOURCE_DIR) + u"/resources/ratecard/ratecard.example.json"_s;

    SandboxConfig sandboxConfig;
    sandboxConfig.listenPort = 0;
    sandboxConfig.statusDelaysMs = {20, 60, 120};
    sandbox = std::make_unique<Sandbox>(sandboxConfig, &clock);
    config.phoneNumberId = sandboxConfig.phoneNumberId;
    config.wabaId = sandboxConfig.wabaId;
}

ServerHarness::~ServerHarness()
{
    server.reset();
    sandbox.reset();
}

bool ServerHarness::start()
{
    if (!sandbox->listen(QHostAddress::LocalHost, 0))
        return false;
    config.graphBaseUrl = sandbox->graphBaseUrl();
    server = std::make_unique<Server>(config, &clock);
    QString error;
    if (!server->start(&error)) {
        qWarning() << "server did not start:" << error;
        return false;
    }
    // Armed before the event loop runs again: start() only sent the first
    // template sync's request.
    QSignalSpy synced(&server->templates(), &TemplateSync::finished);
    // Its template.changed events land in the journal now, not in the middle
    // of a test that compares what consoles logged in at different times saw.
    if (!synced.wait(5000))
        return false;
    QSignalSpy handshake(sandbox.get(), &Sandbox::handshakeFinished);
    sandbox->setWebhookUrl(httpUrl(u"/webhooks/whatsapp"_s));
    if (handshake.isEmpty() && !handshake.wait(5000))
        return false;
    return handshake.first().first().toBool();
}

qint64 ServerHarness::addAgent(
    const QString& username, const QString& password, const QString& role, int capacity)
{
    const PasswordHasher hasher(config.pbkdf2Iterations);
    return AgentRepository(server->database())
        .create(username, username, role, hasher.hash(password), capacity);
}

QUrl ServerHarness::consoleUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(server->consolePort()));
}

QUrl ServerHarness::httpUrl(const QString& path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(server->httpPort()).arg(path));
}

QUrl ServerHarness::sandboxUrl(const QString& path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(sandbox->port()).arg(path));
}

ServerHarness::HttpResult ServerHarness::postWebhook(const QByteArray& body)
{
    return post(httpUrl(u"/webhooks/whatsapp"_s), body,
        {{"X-Hub-Signature-256"_ba, WebhookSignature::sign(body, config.appSecret.toUtf8())}});
}

ServerHarness::HttpResult ServerHarness::post(
    const QUrl& url, const QByteArray& body, const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = network.post(request, body);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    HttpResult result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

ServerHarness::HttpResult ServerHarness::get(const QUrl& url)
{
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    HttpResult result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

QString ServerHarness::customerSays(const QString& waId, const QString& text, const QString& name)
{
    QString error;
    const QString wamid = sandbox->injectInbound(
        QJsonObject {{u"from"_s, waId}, {u"name"_s, name}, {u"type"_s, u"text"_s}, {u"text"_s, text}},
        &error);
    if (wamid.isEmpty())
        qWarning() << "inject failed:" << error;
    return wamid;
}

int ServerHarness::count(const QString& table, const QString& where)
{
    QSqlQuery query(server->database().db());
    query.exec(u"SELECT COUNT(*) FROM "_s + table + (where.isEmpty() ? QString() : u" WHERE "_s + where));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace Atendo::Test
