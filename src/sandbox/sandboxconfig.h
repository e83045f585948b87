#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <array>

namespace Atendo {

// Which of Meta's per-message price lists the sandbox bills by (cloudapi.md §5.4).
enum class PricingRegime
{
    Jul2025, // service messages and utility templates inside the window are free
    Oct2026, // from 1 Oct 2026 both are billed
};

enum class CustomerRate
{
    Off,
    Calm,
    Busy
};

// Everything that shapes one sandbox run. Defaults imitate a fresh test number
// on Meta's side; every field has a command-line flag and an INI key of the same
// name (see SandboxOptions and docs/sandbox.md).
struct SandboxConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8090;

    QString phoneNumberId = QStringLiteral("106540352242922");
    QString displayPhoneNumber = QStringLiteral("15550783881");
    QString wabaId = QStringLiteral("102290129340398");
    QString appSecret = QStringLiteral("sandbox-app-secret");
    QString accessToken = QStringLiteral("sandbox-access-token");
    QUrl webhookUrl;
    QString verifyToken = QStringLiteral("sandbox-verify-token");
    // Accepted Graph versions: any "vNN.N" that starts with this prefix.
    QString apiVersionPrefix = QStringLiteral("v");

    int messagesPerSecond = 80;
    bool pairLimit = true;
    // Milliseconds after acceptance at which sent, delivered and read are posted.
    std::array<int, 3> statusDelaysMs {50, 300, 1500};
    PricingRegime pricing = PricingRegime::Oct2026;

    double duplicateProbability = 0.0;
    bool reorder = false;
    int batchSize = 1;
    // How long updates are gathered before a POST when batching is on.
    int batchWindowMs = 100;
    int retryMax = 6;
    int retryBaseMs = 200;

    // The CLI defaults to Calm for the demo; embedders (tests) start quiet.
    CustomerRate customers = CustomerRate::Off;
    quint32 seed = 0; // 0: pick one at start (and log it)
    bool handshake = true;
    bool seedHistory = false;
    // Numbers ending with one of these are "not on WhatsApp" (failed 131026).
    QStringList notOnWhatsAppSuffixes {QStringLiteral("0000")};

    [[nodiscard]] static QString pricingName(PricingRegime regime);
    [[nodiscard]] static QString rateName(CustomerRate rate);
};

} // namespace Atendo
