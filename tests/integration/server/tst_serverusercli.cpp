#include "server/passwordhasher.h"
#include "server/servercli.h"
#include "server/serverconfig.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Atendo;
using namespace Qt::StringLiterals;

// atendo-server user add|passwd|list, and the INI configuration.
class TestServerUserCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addListAndChangePassword();
    void refusesShortPasswordsAndDuplicates();
    void configReadsIniAndSecretsFromEnvironment();
    void configReportsTheBadKey();
    void hashesAreSaltedAndVerify();

private:
    int run(const QStringList& args, const QString& input, QString* out = nullptr, QString* err = nullptr);
    QTemporaryDir m_dir;
    ServerConfig m_config;
};

void TestServerUserCli::init()
{
    m_config = ServerConfig {};
    m_config.database = DatabaseConfig::sqlite(
        m_dir.filePath(u"users-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_config.pbkdf2Iterations = 10;
}

int TestServerUserCli::run(const QStringList& args, const QString& input, QString* out, QString* err)
{
    QString inText = input;
    QString outText;
    QString errText;
    QTextStream in(&inText);
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    const int code = ServerCli::userCommand(m_config, args, in, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = outText;
    if (err)
        *err = errText;
    return code;
}

void TestServerUserCli::addListAndChangePassword()
{
    QCOMPARE(run({u"add"_s, u"maria"_s, u"--display-name"_s, u"Maria Souza"_s, u"--role"_s, u"team_lead"_s,
                     u"--capacity"_s, u"5"_s, u"--password-stdin"_s},
                 u"first-password\n"_s),
        0);
    QString listed;
    QCOMPARE(run({u"list"_s}, {}, &listed), 0);
    QVERIFY(listed.contains(u"maria\tteam_lead\t5\tMaria Souza"_s));
    QVERIFY(!listed.contains(u"first-password"_s));

    QString error;
    auto db = Database::open(m_config.database, &error);
    QVERIFY(db);
    auto agent = AgentRepository(*db).findByUsername(u"maria"_s);
    QVERIFY(agent);
    QVERIFY(agent->passwordHash.startsWith(u"pbkdf2-sha256$10$"_s));
    QVERIFY(PasswordHasher::verify(u"first-password"_s, agent->passwordHash));

    QCOMPARE(run({u"passwd"_s, u"maria"_s}, u"second-password\n"_s), 0);
    agent = AgentRepository(*db).findByUsername(u"maria"_s);
    QVERIFY(PasswordHasher::verify(u"second-password"_s, agent->passwordHash));
    QVERIFY(!PasswordHasher::verify(u"first-password"_s, agent->passwordHash));
}

void TestServerUserCli::refusesShortPasswordsAndDuplicates()
{
    QCOMPARE(run({u"add"_s, u"joao"_s}, u"short\n"_s), 2);
    QCOMPARE(run({u"add"_s, u"joao"_s}, u"long-enough\n"_s), 0);
    QCOMPARE(run({u"add"_s, u"joao"_s}, u"long-enough\n"_s), 1);
    QCOMPARE(run({u"add"_s, u"ana"_s, u"--role"_s, u"owner"_s}, u"long-enough\n"_s), 2);
    QCOMPARE(run({u"passwd"_s, u"ghost"_s}, u"long-enough\n"_s), 1);
    QCOMPARE(run({u"remove"_s, u"joao"_s}, {}), 2);
}

void TestServerUserCli::configReadsIniAndSecretsFromEnvironment()
{
    const QString path = QStringLiteral(ATENDO_SOURCE_DIR) + u"/resources/server/server.ini"_s;
    QProcessEnvironment env;
    env.insert(u"ATENDO_APP_SECRET"_s, u"app-secret"_s);
    env.insert(u"ATENDO_ACCESS_TOKEN"_s, u"token"_s);
    env.insert(u"ATENDO_VERIFY_TOKEN"_s, u"verify"_s);
    env.insert(u"ATENDO_OPTIN_API_KEY"_s, u"optin"_s);
    QString error;
    const auto config = ServerConfig::fromIni(path, env, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->consolePort, 7730);
    QCOMPARE(config->httpPort, 7731);
    QCOMPARE(config->appSecret, u"app-secret"_s);
    QCOMPARE(config->optInApiKey, u"optin"_s);
    QCOMPARE(config->throughputPerSecond, 80.0);
    QCOMPARE(config->autoAssign, false);
    QVERIFY(config->database.path.endsWith(u"/atendo.db"_s));
    QVERIFY(!config->tlsEnabled());
}

void TestServerUserCli::configReportsTheBadKey()
{
    const QString path = m_dir.filePath(u"bad.ini"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[console]\nport=99999\n");
    file.close();
    QString error;
    QVERIFY(!ServerConfig::fromIni(path, {}, &error));
    QVERIFY(error.contains(u"console/port"_s));
    QVERIFY(!ServerConfig::fromIni(m_dir.filePath(u"missing.ini"_s), {}, &error));
}

void TestServerUserCli::hashesAreSaltedAndVerify()
{
    const PasswordHasher hasher(10);
    const QString a = hasher.hash(u"same-password"_s);
    const QString b = hasher.hash(u"same-password"_s);
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::verify(u"same-password"_s, a));
    QVERIFY(!PasswordHasher::verify(u"same-passwore"_s, a));
    QVERIFY(!PasswordHasher::verify(u"same-password"_s, u"plain"_s));
    QVERIFY(!PasswordHasher::verify(u"same-password"_s, u"pbkdf2-sha256$0$AAAA$AAAA"_s));
}

QTEST_GUILESS_MAIN(TestServerUserCli)
#include "tst_serverusercli.moc"
