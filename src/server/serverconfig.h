#pragma once

#include "server/boardconfig.h"
#include "store/databaseconfig.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Atendo {

// Everything one atendo-server run needs. Read from an INI file (the example in
// resources/server/server.ini documents every key); the four secrets come only
// from environment variables so that the file can be shared and versioned.
struct ServerConfig
{
    // Console gateway (WebSocket). Port 0 picks a free port (tests).
    QHostAddress consoleAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 consolePort = 7730;
    // PEM files; both set switches the gateway to wss://.
    QString tlsCertificate;
    QString tlsPrivateKey;
    qsizetype maxFrameBytes = 1024 * 1024;
    double requestsPerSecond = 50;
    double requestBurst = 100;
    int coalesceMs = 15;
    // A console with more than this waiting in its socket that took nothing
    // for sendStallMs (or with eight times this) is dropped; it reconnects and
    // resumes. 0 never drops.
    qint64 maxBufferedBytes = 32 * 1024 * 1024;
    int sendStallMs = 5000;

    // Webhooks, opt-in API, health and metrics (HTTP).
    QHostAddress httpAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 httpPort = 7731;
    // How consoles reach the HTTP port (media links); empty: http://address:port.
    QUrl publicHttpUrl;
    // Webhook POSTs answered but not applied yet above which new ones are
    // refused with 503 + Retry-After (Meta delivers them again); 0: no limit.
    qint64 webhookMaxPending = 200'000;
    int webhookRetryAfterSeconds = 30;

    DatabaseConfig database;
    int journalRetentionHours = 72;

    // Files agents upload to send ([media] directory). Empty: "media" next to
    // the SQLite file, or under the user's data directory (PostgreSQL, :memory:).
    QString mediaDirectory;
    // How long a media.upload URL stays good (it is single-use anyway).
    int mediaUploadSeconds = 300;

    [[nodiscard]] QString resolvedMediaDirectory() const;

    int pbkdf2Iterations = 210000;
    int sessionHours = 12;
    int loginFailuresAllowed = 5;
    int loginLockoutSeconds = 60;

    // Meta (or the sandbox).
    QUrl graphBaseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QString graphApiVersion = QStringLiteral("v23.0");
    QString phoneNumberId;
    QString wabaId;
    QString appSecret; // ATENDO_APP_SECRET
    QString accessToken; // ATENDO_ACCESS_TOKEN
    QString verifyToken; // ATENDO_VERIFY_TOKEN
    QString optInApiKey; // ATENDO_OPTIN_API_KEY
    double throughputPerSecond = 80;
    // Meta's pair limit: one message per 6 s to a user, bursts of 45.
    double pairBurst = 45;
    double pairPerSecond = 1.0 / 6.0;
    int maxSendAttempts = 8;
    int retryBaseMs = 1000;
    int templateSyncMinutes = 60;
    QString rateCardPath;

    bool autoAssign = false;
    int defaultCapacity = 8;

    BoardConfig board;

    // Empty lists keep core's defaults.
    QStringList optOutKeywords;
    QStringList optInKeywords;
    // Sent once, inside the window, when a customer opts in by keyword; empty: none.
    QString optInConfirmation;

    // Billing rules switch (core BillingRules): Meta bills service messages and
    // utility templates inside the window from 1 Oct 2026.
    bool serviceMessagesBillable = false;
    bool utilityInWindowBillable = false;

    [[nodiscard]] bool tlsEnabled() const { return !tlsCertificate.isEmpty() && !tlsPrivateKey.isEmpty(); }

    // Reads `path`; secrets from `environment`. nullopt with *error on an
    // unreadable file or a malformed value.
    [[nodiscard]] static std::optional<ServerConfig> fromIni(const QString& path,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        QString* error = nullptr);
    void applyEnvironment(const QProcessEnvironment& environment);
};

} // namespace Atendo
