#include "server/serverconfig.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Atendo {
namespace {

using namespace Qt::StringLiterals;

// Reads typed values and remembers the first bad one, so fromIni() reports
// exactly which key to fix.
class IniReader
{
public:
    explicit IniReader(QSettings& settings) : m_settings(settings) { }

    QString string(const QString& key, const QString& fallback) const
    {
        return m_settings.value(key, fallback).toString().trimmed();
    }

    // Free text: an unquoted value with commas comes back from QSettings as a list.
    QString text(const QString& key) const
    {
        return m_settings.value(key).toStringList().join(u", "_s).trimmed();
    }

    qint64 integer(const QString& key, qint64 fallback, qint64 min, qint64 max)
    {
        if (!m_settings.contains(key))
            return fallback;
        bool ok = false;
        const qint64 value = m_settings.value(key).toString().trimmed().toLongLong(&ok);
        if (!ok || value < min || value > max) {
            fail(key, u"an integer from %1 to %2"_s.arg(min).arg(max));
            return fallback;
        }
        return value;
    }

    double number(const QString& key, double fallback, double min)
    {
        if (!m_settings.contains(key))
            return fallback;
        bool ok = false;
        const double value = m_settings.value(key).toString().trimmed().toDouble(&ok);
        if (!ok || value < min) {
            fail(key, u"a number of at least %1"_s.arg(min));
            return fallback;
        }
        return value;
    }

    bool boolean(const QString& key, bool fallback)
    {
        if (!m_settings.contains(key))
            return fallback;
        const QString value = m_settings.value(key).toString().trimmed().toLower();
        if (value == u"true" || value == u"yes" || value == u"on" || value == u"1")
            return true;
        if (value == u"false" || value == u"no" || value == u"off" || value == u"0")
            return false;
        fail(key, u"true or false"_s);
        return fallback;
    }

    QHostAddress address(const QString& key, const QHostAddress& fallback)
    {
        if (!m_settings.contains(key))
            return fallback;
        const QHostAddress value(string(key, {}));
        if (value.isNull()) {
            fail(key, u"an IP address"_s);
            return fallback;
        }
        return value;
    }

    QStringList list(const QString& key) const
    {
        QStringList items;
        const QStringList raw = m_settings.value(key).toStringList();
        for (const QString& item : raw) {
            // QSettings splits on commas already; a single value may still hold some.
            for (const QString& part : item.split(u',', Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    items.append(part.trimmed());
            }
        }
        return items;
    }

    [[nodiscard]] const QString& error() const { return m_error; }

private:
    void fail(const QString& key, const QString& expected)
    {
        if (m_error.isEmpty())
            m_error = u"%1 must be %2"_s.arg(key, expected);
    }

    QSettings& m_settings;
    QString m_error;
};

void readConsole(IniReader& ini, ServerConfig& c)
{
    c.consoleAddress = ini.address(u"console/address"_s, c.consoleAddress);
    c.consolePort = quint16(ini.integer(u"console/port"_s, c.consolePort, 0, 65535));
    c.tlsCertificate = ini.string(u"console/certificate"_s, {});
    c.tlsPrivateKey = ini.string(u"console/private_key"_s, {});
    c.maxFrameBytes = ini.integer(u"console/max_frame_bytes"_s, c.maxFrameBytes, 1024, 64 * 1024 * 1024);
    c.requestsPerSecond = ini.number(u"console/requests_per_second"_s, c.requestsPerSecond, 1);
    c.requestBurst = ini.number(u"console/request_burst"_s, c.requestBurst, 1);
    c.coalesceMs = int(ini.integer(u"console/coalesce_ms"_s, c.coalesceMs, 0, 1000));
    c.maxBufferedBytes
        = ini.integer(u"console/max_buffered_bytes"_s, c.maxBufferedBytes, 0, qint64(4) * 1024 * 1024 * 1024);
    c.sendStallMs = int(ini.integer(u"console/send_stall_ms"_s, c.sendStallMs, 100, 600'000));
}

void readHttpAndStore(IniReader& ini, ServerConfig& c)
{
    c.httpAddress = ini.address(u"http/address"_s, c.httpAddress);
    c.httpPort = quint16(ini.integer(u"http/port"_s, c.httpPort, 0, 65535));
    c.publicHttpUrl = QUrl(ini.string(u"http/public_url"_s, {}));
    c.webhookMaxPending = ini.integer(u"webhooks/max_pending"_s, c.webhookMaxPending, 0, 1'000'000'000);
    c.webhookRetryAfterSeconds
        = int(ini.integer(u"webhooks/retry_after_seconds"_s, c.webhookRetryAfterSeconds, 1, 3600));
    c.database.driver = ini.string(u"database/driver"_s, u"sqlite"_s);
    c.database.path = ini.string(u"database/path"_s, u"atendo.db"_s);
    c.database.host = ini.string(u"database/host"_s, u"localhost"_s);
    c.database.port = int(ini.integer(u"database/port"_s, 5432, 1, 65535));
    c.database.name = ini.string(u"database/name"_s, u"atendo"_s);
    c.database.user = ini.string(u"database/user"_s, u"atendo"_s);
    c.journalRetentionHours = int(ini.integer(u"database/journal_retention_hours"_s, 72, 1, 24 * 365));
    c.mediaDirectory = ini.string(u"media/directory"_s, {});
    c.mediaUploadSeconds = int(ini.integer(u"media/upload_seconds"_s, c.mediaUploadSeconds, 10, 24 * 3600));
    c.pbkdf2Iterations = int(ini.integer(u"auth/pbkdf2_iterations"_s, c.pbkdf2Iterations, 1, 10'000'000));
    c.sessionHours = int(ini.integer(u"auth/session_hours"_s, c.sessionHours, 1, 24 * 90));
    c.loginFailuresAllowed = int(ini.integer(u"auth/login_failures_allowed"_s, 5, 1, 1000));
    c.loginLockoutSeconds = int(ini.integer(u"auth/login_lockout_seconds"_s, 60, 1, 86400));
}

void readWhatsApp(IniReader& ini, ServerConfig& c)
{
    c.graphBaseUrl = QUrl(ini.string(u"whatsapp/graph_base_url"_s, c.graphBaseUrl.toString()));
    c.graphApiVersion = ini.string(u"whatsapp/api_version"_s, c.graphApiVersion);
    c.phoneNumberId = ini.string(u"whatsapp/phone_number_id"_s, {});
    c.wabaId = ini.string(u"whatsapp/waba_id"_s, {});
    c.throughputPerSecond = ini.number(u"whatsapp/throughput_per_second"_s, c.throughputPerSecond, 1);
    c.maxSendAttempts = int(ini.integer(u"whatsapp/max_send_attempts"_s, c.maxSendAttempts, 1, 100));
    c.retryBaseMs = int(ini.integer(u"whatsapp/retry_base_ms"_s, c.retryBaseMs, 1, 600000));
    c.templateSyncMinutes = int(ini.integer(u"whatsapp/template_sync_minutes"_s, 60, 0, 7 * 24 * 60));
    c.rateCardPath = ini.string(u"whatsapp/rate_card"_s, {});
    c.serviceMessagesBillable = ini.boolean(u"billing/service_messages_billable"_s, false);
    c.utilityInWindowBillable = ini.boolean(u"billing/utility_in_window_billable"_s, false);
    c.autoAssign = ini.boolean(u"routing/auto_assign"_s, false);
    c.defaultCapacity = int(ini.integer(u"routing/default_capacity"_s, c.defaultCapacity, 0, 10000));
    c.optOutKeywords = ini.list(u"consent/opt_out_keywords"_s);
    c.optInKeywords = ini.list(u"consent/opt_in_keywords"_s);
    c.optInConfirmation = ini.text(u"consent/opt_in_confirmation"_s);
}

void readBoard(IniReader& ini, ServerConfig& c)
{
    BoardConfig& b = c.board;
    b.tickMs = int(ini.integer(u"board/tick_ms"_s, b.tickMs, 10, 3600 * 1000));
    b.minPushMs = int(ini.integer(u"board/min_push_ms"_s, b.minPushMs, 0, 60 * 1000));
    b.waitingMinutes = int(ini.integer(u"board/waiting_minutes"_s, b.waitingMinutes, 1, 24 * 60));
    b.windowClosingMinutes
        = int(ini.integer(u"board/window_closing_minutes"_s, b.windowClosingMinutes, 1, 24 * 60));
    b.outboxBacklog = int(ini.integer(u"board/outbox_backlog"_s, b.outboxBacklog, 0, 10'000'000));
    b.metaErrorsPerHour
        = int(ini.integer(u"board/meta_errors_per_hour"_s, b.metaErrorsPerHour, 0, 10'000'000));
    b.timezone = ini.string(u"board/timezone"_s, b.timezone);
}

} // namespace

std::optional<ServerConfig> ServerConfig::fromIni(
    const QString& path, const QProcessEnvironment& environment, QString* error)
{
    if (!QFileInfo(path).isReadable()) {
        if (error)
            *error = u"cannot read configuration file %1"_s.arg(path);
        return std::nullopt;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = u"malformed configuration file %1"_s.arg(path);
        return std::nullopt;
    }
    ServerConfig config;
    IniReader ini(settings);
    readConsole(ini, config);
    readHttpAndStore(ini, config);
    readWhatsApp(ini, config);
    readBoard(ini, config);
    if (!ini.error().isEmpty()) {
        if (error)
            *error = ini.error();
        return std::nullopt;
    }
    // A relative database or rate card path is relative to the file that names it.
    const QString base = QFileInfo(path).absolutePath() + u'/';
    if (config.database.path != u":memory:" && QFileInfo(config.database.path).isRelative())
        config.database.path = base + config.database.path;
    if (!config.rateCardPath.isEmpty() && QFileInfo(config.rateCardPath).isRelative())
        config.rateCardPath = base + config.rateCardPath;
    if (!config.mediaDirectory.isEmpty() && QFileInfo(config.mediaDirectory).isRelative())
        config.mediaDirectory = base + config.mediaDirectory;
    config.applyEnvironment(environment);
    return config;
}

QString ServerConfig::resolvedMediaDirectory() const
{
    if (!mediaDirectory.isEmpty())
        return mediaDirectory;
    if (database.driver == u"sqlite" && database.path != u":memory:" && !database.path.isEmpty())
        return QFileInfo(database.path).absolutePath() + u"/media"_s;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/media"_s;
}

void ServerConfig::applyEnvironment(const QProcessEnvironment& environment)
{
    const auto take = [&environment](const QString& name, QString& target) {
        if (environment.contains(name))
            target = environment.value(name);
    };
    take(u"ATENDO_APP_SECRET"_s, appSecret);
    take(u"ATENDO_ACCESS_TOKEN"_s, accessToken);
    take(u"ATENDO_VERIFY_TOKEN"_s, verifyToken);
    take(u"ATENDO_OPTIN_API_KEY"_s, optInApiKey);
    take(u"ATENDO_DB_PASSWORD"_s, database.password);
}

} // namespace Atendo
