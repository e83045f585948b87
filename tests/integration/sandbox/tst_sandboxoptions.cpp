// atendo-sandbox's command line and INI file, --help, docs/sandbox.md, and the
// real executable starting up and answering.
#include "httpclient.h"
#include "sandbox/sandboxoptions.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Atendo::SandboxOptions;

namespace {

const QStringList everyFlag {
    u"config"_s,
    u"listen"_s,
    u"phone-number-id"_s,
    u"display-phone-number"_s,
    u"waba-id"_s,
    u"app-secret"_s,
    u"access-token"_s,
    u"webhook-url"_s,
    u"verify-token"_s,
    u"api-version-prefix"_s,
    u"mps"_s,
    u"pair-limit"_s,
    u"status-delays"_s,
    u"pricing"_s,
    u"duplicates"_s,
    u"reorder"_s,
    u"batch"_s,
    u"batch-window-ms"_s,
    u"retry-max"_s,
    u"retry-base-ms"_s,
    u"customers"_s,
    u"seed"_s,
    u"no-handshake"_s,
    u"seed-history"_s,
    u"not-on-whatsapp"_s,
};

SandboxOptions::Result parse(QStringList arguments)
{
    arguments.prepend(u"atendo-sandbox"_s);
    return SandboxOptions::parse(arguments);
}

} // namespace

class TestSandboxOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const auto result = parse({});
        QCOMPARE(result.outcome, SandboxOptions::Outcome::Run);
        const Atendo::SandboxConfig& c = result.config;
        QCOMPARE(c.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c.listenPort, 8090);
        QCOMPARE(c.phoneNumberId, u"106540352242922"_s);
        QCOMPARE(c.displayPhoneNumber, u"15550783881"_s);
        QCOMPARE(c.messagesPerSecond, 80);
        QVERIFY(c.pairLimit);
        QCOMPARE(c.statusDelaysMs, (std::array<int, 3> {50, 300, 1500}));
        QCOMPARE(c.pricing, Atendo::PricingRegime::Oct2026);
        QCOMPARE(c.duplicateProbability, 0.0);
        QVERIFY(!c.reorder);
        QCOMPARE(c.batchSize, 1);
        QCOMPARE(c.retryMax, 6);
        QCOMPARE(c.retryBaseMs, 200);
        QCOMPARE(c.customers, Atendo::CustomerRate::Calm);
        QVERIFY(c.handshake);
        QVERIFY(!c.seedHistory);
    }

    void everyFlagIsParsed()
    {
        const auto result = parse({u"--listen"_s, u"0.0.0.0:9000"_s, u"--phone-number-id"_s, u"111"_s,
            u"--display-phone-number"_s, u"5511999990000"_s, u"--waba-id"_s, u"222"_s, u"--app-secret"_s,
            u"s3cr3t"_s, u"--access-token"_s, u"tok"_s, u"--webhook-url"_s,
            u"http://127.0.0.1:8080/webhooks/whatsapp"_s, u"--verify-token"_s, u"vt"_s,
            u"--api-version-prefix"_s, u"v24"_s, u"--mps"_s, u"1000"_s, u"--pair-limit"_s, u"off"_s,
            u"--status-delays"_s, u"5,10,20"_s, u"--pricing"_s, u"2025-07"_s, u"--duplicates"_s, u"0.25"_s,
            u"--reorder"_s, u"--batch"_s, u"10"_s, u"--batch-window-ms"_s, u"5"_s, u"--retry-max"_s, u"3"_s,
            u"--retry-base-ms"_s, u"50"_s, u"--customers"_s, u"busy"_s, u"--seed"_s, u"1234"_s,
            u"--no-handshake"_s, u"--seed-history"_s, u"--not-on-whatsapp"_s, u"0000,9999"_s});
        QCOMPARE(result.outcome, SandboxOptions::Outcome::Run);
        const Atendo::SandboxConfig& c = result.config;
        QCOMPARE(c.listenAddress, QHostAddress(u"0.0.0.0"_s));
        QCOMPARE(c.listenPort, 9000);
        QCOMPARE(c.phoneNumberId, u"111"_s);
        QCOMPARE(c.displayPhoneNumber, u"5511999990000"_s);
        QCOMPARE(c.wabaId, u"222"_s);
        QCOMPARE(c.appSecret, u"s3cr3t"_s);
        QCOMPARE(c.accessToken, u"tok"_s);
        QCOMPARE(c.webhookUrl, QUrl(u"http://127.0.0.1:8080/webhooks/whatsapp"_s));
        QCOMPARE(c.verifyToken, u"vt"_s);
        QCOMPARE(c.apiVersionPrefix, u"v24"_s);
        QCOMPARE(c.messagesPerSecond, 1000);
        QVERIFY(!c.pairLimit);
        QCOMPARE(c.statusDelaysMs, (std::array<int, 3> {5, 10, 20}));
        QCOMPARE(c.pricing, Atendo::PricingRegime::Jul2025);
        QCOMPARE(c.duplicateProbability, 0.25);
        QVERIFY(c.reorder);
        QCOMPARE(c.batchSize, 10);
        QCOMPARE(c.batchWindowMs, 5);
        QCOMPARE(c.retryMax, 3);
        QCOMPARE(c.retryBaseMs, 50);
        QCOMPARE(c.customers, Atendo::CustomerRate::Busy);
        QCOMPARE(c.seed, 1234u);
        QVERIFY(!c.handshake);
        QVERIFY(c.seedHistory);
        QCOMPARE(c.notOnWhatsAppSuffixes, (QStringList {u"0000"_s, u"9999"_s}));
    }

    void iniFileWithFlagsWinning()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sandbox.ini"_s);
        QFile ini(path);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[sandbox]\nmps=5\nstatus-delays=10,20,30\npricing=2025-07\npair-limit=off\n"
                  "webhook-url=http://127.0.0.1:8080/webhooks/whatsapp\nreorder=true\ncustomers=off\n");
        ini.close();
        const auto result = parse({u"--config"_s, path, u"--mps"_s, u"7"_s});
        QCOMPARE(result.outcome, SandboxOptions::Outcome::Run);
        QCOMPARE(result.config.messagesPerSecond, 7);
        QCOMPARE(result.config.statusDelaysMs, (std::array<int, 3> {10, 20, 30}));
        QCOMPARE(result.config.pricing, Atendo::PricingRegime::Jul2025);
        QVERIFY(!result.config.pairLimit);
        QVERIFY(result.config.reorder);
        QCOMPARE(result.config.customers, Atendo::CustomerRate::Off);
        QCOMPARE(result.config.webhookUrl.port(), 8080);
        QCOMPARE(
            parse({u"--config"_s, dir.filePath(u"missing.ini"_s)}).outcome, SandboxOptions::Outcome::Error);
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("pricing") << QStringList {u"--pricing"_s, u"2024-01"_s};
        QTest::newRow("two delays") << QStringList {u"--status-delays"_s, u"1,2"_s};
        QTest::newRow("decreasing delays") << QStringList {u"--status-delays"_s, u"30,20,10"_s};
        QTest::newRow("listen") << QStringList {u"--listen"_s, u"nowhere"_s};
        QTest::newRow("port") << QStringList {u"--listen"_s, u"127.0.0.1:70000"_s};
        QTest::newRow("mps") << QStringList {u"--mps"_s, u"0"_s};
        QTest::newRow("probability") << QStringList {u"--duplicates"_s, u"1.5"_s};
        QTest::newRow("customers") << QStringList {u"--customers"_s, u"crowded"_s};
        QTest::newRow("pair limit") << QStringList {u"--pair-limit"_s, u"maybe"_s};
        QTest::newRow("webhook") << QStringList {u"--webhook-url"_s, u"ftp://x"_s};
        QTest::newRow("unknown flag") << QStringList {u"--colour"_s};
        QTest::newRow("positional") << QStringList {u"extra"_s};
    }

    void badValuesAreRefused()
    {
        QFETCH(QStringList, arguments);
        const auto result = parse(arguments);
        QCOMPARE(result.outcome, SandboxOptions::Outcome::Error);
        QVERIFY(!result.text.isEmpty());
    }

    void helpAndDocsDocumentEveryFlag()
    {
        const auto help = parse({u"--help"_s});
        QCOMPARE(help.outcome, SandboxOptions::Outcome::ShowText);
        QFile docs(qEnvironmentVariable("ATENDO_SOURCE_DIR") + u"/docs/sandbox.md"_s);
        QVERIFY2(docs.open(QIODevice::ReadOnly), qPrintable(docs.fileName()));
        const QString manual = QString::fromUtf8(docs.readAll());
        for (const QString& flag : everyFlag) {
            QVERIFY2(help.text.contains(u"--"_s + flag), qPrintable(flag));
            QVERIFY2(manual.contains(u"--"_s + flag), qPrintable(flag + u" missing in docs/sandbox.md"_s));
        }
        // and nothing undocumented: every flag in --help is in the list above
        static const QRegularExpression option(u"^\\s+--([a-z-]+)"_s, QRegularExpression::MultilineOption);
        for (auto it = option.globalMatch(help.text); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(
                everyFlag.contains(name) || name == u"help"_s || name == u"help-all"_s, qPrintable(name));
        }
    }

    void executableStartsAndAnswers()
    {
        QProcess sandbox;
        sandbox.setProgram(QStringLiteral(ATENDO_SANDBOX_BIN));
        sandbox.setArguments(
            {u"--listen"_s, u"127.0.0.1:0"_s, u"--customers"_s, u"off"_s, u"--seed"_s, u"77"_s});
        sandbox.start();
        QVERIFY(sandbox.waitForStarted());
        static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QString log;
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(sandbox.readAllStandardError()),
                                     match = listening.match(log), match.hasMatch()),
            5000);
        QUrl health(u"http://127.0.0.1/sandbox/health"_s);
        health.setPort(match.captured(1).toInt());
        HttpClient http;
        const auto result = http.get(health);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(result.json().value(u"seed"_s).toInt(), 77);
        sandbox.kill();
        QVERIFY(sandbox.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
