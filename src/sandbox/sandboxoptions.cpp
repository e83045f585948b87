#include "sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

namespace Atendo {

namespace {

struct Flag
{
    const char* name;
    const char* valueName; // nullptr: a switch without a value
    const char* help;
};

// One table drives --help, the INI keys and docs/sandbox.md.
constexpr Flag flags[] = {
    {"config", "file",
        "Read settings from an INI file (same keys as the flags, optional [sandbox] section)."},
    {"listen", "host:port", "Address to serve the Graph API and control API on (default 127.0.0.1:8090)."},
    {"phone-number-id", "id", "The business phone number id (default 106540352242922)."},
    {"display-phone-number", "digits", "The business display number in webhooks (default 15550783881)."},
    {"waba-id", "id", "The WhatsApp Business Account id (default 102290129340398)."},
    {"app-secret", "secret", "App secret that signs X-Hub-Signature-256 (default sandbox-app-secret)."},
    {"access-token", "token", "Bearer token the Graph API accepts (default sandbox-access-token)."},
    {"webhook-url", "url", "Callback URL webhooks are POSTed to (none: webhooks are only logged)."},
    {"verify-token", "token", "hub.verify_token sent in the GET handshake (default sandbox-verify-token)."},
    {"api-version-prefix", "prefix", "Accept Graph versions vNN.N starting with this (default v: any)."},
    {"mps", "n", "Throughput: messages per second before error 130429 (default 80)."},
    {"pair-limit", "on|off",
        "Per-user pair limit, 1 message/6 s with bursts to 45, error 131056 (default on)."},
    {"status-delays", "sent,delivered,read",
        "Milliseconds after acceptance for each status webhook (default 50,300,1500)."},
    {"pricing", "2025-07|2026-10", "Which pricing rules status webhooks follow (default 2026-10)."},
    {"duplicates", "p", "Probability (0..1) that a webhook POST is delivered twice (default 0)."},
    {"reorder", nullptr, "Shuffle status updates within a short batch (default off)."},
    {"batch", "n", "Up to n updates per webhook POST (default 1)."},
    {"batch-window-ms", "ms", "How long updates are gathered into one POST when --batch > 1 (default 100)."},
    {"retry-max", "n", "Delivery attempts per webhook POST, first one included (default 6)."},
    {"retry-base-ms", "ms", "First retry delay; doubles on each retry (default 200)."},
    {"customers", "busy|calm|off", "How often simulated customers write (default calm)."},
    {"seed", "n", "Random seed for reproducible runs (default: random, logged at start)."},
    {"no-handshake", nullptr, "Skip the GET verification handshake at start."},
    {"seed-history", nullptr, "At start, deliver inbound messages dated 23h40m, 20h and 2h ago."},
    {"not-on-whatsapp", "suffixes",
        "Comma-separated number endings that are not on WhatsApp, error 131026 (default 0000)."},
};

QString parseBool(const QString& value, bool& out)
{
    const QString v = value.trimmed().toLower();
    if (v == u"on" || v == u"true" || v == u"1" || v == u"yes" || v.isEmpty()) {
        out = true;
    } else if (v == u"off" || v == u"false" || v == u"0" || v == u"no") {
        out = false;
    } else {
        return QStringLiteral("expected on or off, got \"%1\"").arg(value);
    }
    return {};
}

QString parseInt(const QString& value, int min, int max, int& out)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        return QStringLiteral("expected a number from %1 to %2, got \"%3\"").arg(min).arg(max).arg(value);
    out = n;
    return {};
}

QString parseListen(const QString& value, SandboxConfig& config)
{
    const qsizetype colon = value.lastIndexOf(u':');
    QHostAddress address(value.left(colon));
    if (value.left(colon) == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    int port = 0;
    if (colon < 0 || address.isNull() || !parseInt(value.mid(colon + 1), 0, 65535, port).isEmpty())
        return QStringLiteral("expected host:port, got \"%1\"").arg(value);
    config.listenAddress = address;
    config.listenPort = quint16(port);
    return {};
}

QString parseDelays(const QString& value, SandboxConfig& config)
{
    const QStringList parts = value.split(u',');
    std::array<int, 3> delays {};
    if (parts.size() != 3)
        return QStringLiteral("expected sent,delivered,read in ms, got \"%1\"").arg(value);
    for (int i = 0; i < 3; ++i) {
        if (!parseInt(parts.at(i), 0, 3600000, delays[size_t(i)]).isEmpty()
            || (i > 0 && delays[size_t(i)] < delays[size_t(i - 1)]))
            return QStringLiteral("expected three non-decreasing delays in ms, got \"%1\"").arg(value);
    }
    config.statusDelaysMs = delays;
    return {};
}

QString applyText(SandboxConfig& config, const QString& key, const QString& value)
{
    if (value.trimmed().isEmpty())
        return QStringLiteral("needs a value");
    if (key == u"phone-number-id")
        config.phoneNumberId = value;
    else if (key == u"display-phone-number")
        config.displayPhoneNumber = value;
    else if (key == u"waba-id")
        config.wabaId = value;
    else if (key == u"app-secret")
        config.appSecret = value;
    else if (key == u"access-token")
        config.accessToken = value;
    else if (key == u"verify-token")
        config.verifyToken = value;
    else if (key == u"api-version-prefix")
        config.apiVersionPrefix = value;
    else
        return QStringLiteral("unknown setting");
    return {};
}

QString applyEnum(SandboxConfig& config, const QString& key, const QString& value)
{
    if (key == u"pricing") {
        if (value == u"2025-07")
            config.pricing = PricingRegime::Jul2025;
        else if (value == u"2026-10")
            config.pricing = PricingRegime::Oct2026;
        else
            return QStringLiteral("expected 2025-07 or 2026-10");
        return {};
    }
    if (value == u"busy")
        config.customers = CustomerRate::Busy;
    else if (value == u"calm")
        config.customers = CustomerRate::Calm;
    else if (value == u"off")
        config.customers = CustomerRate::Off;
    else
        return QStringLiteral("expected busy, calm or off");
    return {};
}

QString applyNumber(SandboxConfig& config, const QString& key, const QString& value)
{
    if (key == u"mps")
        return parseInt(value, 1, 100000, config.messagesPerSecond);
    if (key == u"batch")
        return parseInt(value, 1, 1000, config.batchSize);
    if (key == u"batch-window-ms")
        return parseInt(value, 0, 60000, config.batchWindowMs);
    if (key == u"retry-max")
        return parseInt(value, 1, 100, config.retryMax);
    if (key == u"retry-base-ms")
        return parseInt(value, 1, 3600000, config.retryBaseMs);
    if (key == u"duplicates") {
        bool ok = false;
        const double p = value.trimmed().toDouble(&ok);
        if (!ok || p < 0.0 || p > 1.0)
            return QStringLiteral("expected a probability from 0 to 1");
        config.duplicateProbability = p;
        return {};
    }
    bool ok = false;
    const uint seed = value.trimmed().toUInt(&ok);
    if (!ok)
        return QStringLiteral("expected a non-negative number");
    config.seed = seed;
    return {};
}

} // namespace

QString SandboxOptions::apply(SandboxConfig& config, const QString& key, const QString& value)
{
    if (key == u"listen")
        return parseListen(value, config);
    if (key == u"webhook-url") {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return QStringLiteral("expected an http(s) URL");
        config.webhookUrl = url;
        return {};
    }
    if (key == u"pair-limit")
        return parseBool(value, config.pairLimit);
    if (key == u"reorder")
        return parseBool(value, config.reorder);
    if (key == u"seed-history")
        return parseBool(value, config.seedHistory);
    if (key == u"no-handshake") {
        bool skip = true;
        const QString error = parseBool(value, skip);
        config.handshake = !skip;
        return error;
    }
    if (key == u"status-delays")
        return parseDelays(value, config);
    if (key == u"not-on-whatsapp") {
        config.notOnWhatsAppSuffixes = value.split(u',', Qt::SkipEmptyParts);
        return {};
    }
    if (key == u"pricing" || key == u"customers")
        return applyEnum(config, key, value);
    if (key == u"mps" || key == u"batch" || key == u"batch-window-ms" || key == u"retry-max"
        || key == u"retry-base-ms" || key == u"duplicates" || key == u"seed")
        return applyNumber(config, key, value);
    return applyText(config, key, value);
}

namespace {

QString applyIni(SandboxConfig& config, const QString& path)
{
    if (!QFileInfo::exists(path))
        return QStringLiteral("--config: no such file %1").arg(path);
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return QStringLiteral("--config: cannot read %1").arg(path);
    for (const QString& fullKey : ini.allKeys()) {
        QString key = fullKey;
        if (key.startsWith(u"sandbox/"))
            key = key.mid(8);
        const QVariant raw = ini.value(fullKey);
        // QSettings splits "50,300,1500" into a list; the flags expect the text.
        const QString value
            = raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(u',') : raw.toString();
        const QString error = SandboxOptions::apply(config, key, value);
        if (!error.isEmpty())
            return QStringLiteral("%1: %2: %3").arg(path, key, error);
    }
    return {};
}

} // namespace

SandboxOptions::Result SandboxOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local stand-in for Meta's WhatsApp Cloud API: Graph endpoints, signed webhooks, "
                       "Meta's rules and error codes, and simulated customers. See docs/sandbox.md."));
    const QCommandLineOption help = parser.addHelpOption();
    for (const Flag& flag : flags) {
        const QString name = QString::fromLatin1(flag.name);
        const QString text = QString::fromLatin1(flag.help);
        parser.addOption(flag.valueName ? QCommandLineOption(name, text, QString::fromLatin1(flag.valueName))
                                        : QCommandLineOption(name, text));
    }
    Result result;
    result.config.customers = CustomerRate::Calm;
    if (!parser.parse(arguments))
        return {Outcome::Error, {}, parser.errorText()};
    if (parser.isSet(help))
        return {Outcome::ShowText, {}, parser.helpText()};
    if (!parser.positionalArguments().isEmpty())
        return {Outcome::Error, {},
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first())};
    if (parser.isSet(QStringLiteral("config"))) {
        const QString error = applyIni(result.config, parser.value(QStringLiteral("config")));
        if (!error.isEmpty())
            return {Outcome::Error, {}, error};
    }
    for (const Flag& flag : flags) {
        const QString name = QString::fromLatin1(flag.name);
        if (name == u"config" || !parser.isSet(name))
            continue;
        const QString error = apply(result.config, name, flag.valueName ? parser.value(name) : QString());
        if (!error.isEmpty())
            return {Outcome::Error, {}, QStringLiteral("--%1: %2").arg(name, error)};
    }
    return result;
}

} // namespace Atendo
