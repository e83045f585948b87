#pragma once

#include "sandbox/sandboxconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

class QRandomGenerator;

namespace Atendo {

class InboundMessages;
class SandboxClock;
struct SentMessage;

struct Persona
{
    QString name;
    QString waId;
    QString language; // pt_BR, en_US, es
    QString userId; // BSUID, when the persona has one
    bool stopped = false;
    qint64 quietUntil = 0; // sandbox clock, Unix seconds
};

// Simulated customers (personas from a JSON resource): on a timer they ask
// questions, send photos, documents and locations, go quiet, say PARAR/STOP
// and later VOLTAR/START; when the business writes to them they answer, react
// or tap a template's quick-reply button after a short delay. Reproducible
// with --seed.
class CustomerSimulator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerSimulator)

public:
    CustomerSimulator(const SandboxClock& clock, QRandomGenerator& random, InboundMessages& inbound,
        QObject* parent = nullptr);

    bool load(const QByteArray& json);
    [[nodiscard]] const QList<Persona>& personas() const { return m_personas; }

    void setRate(CustomerRate rate);
    [[nodiscard]] CustomerRate rate() const { return m_rate; }

    // Inbound messages dated 23 h 40 min, 20 h and 2 h ago, so that windows in
    // every state exist right away.
    void seedHistory();

    void businessMessage(const Atendo::SentMessage& message);

private:
    void tick();
    void act(Persona& persona);
    void scheduleTick();
    void send(const Persona& persona, QJsonObject request);
    [[nodiscard]] QString phrase(const Persona& persona, const QString& list);
    [[nodiscard]] int reactionDelayMs();

    const SandboxClock& m_clock;
    QRandomGenerator& m_random;
    InboundMessages& m_inbound;
    QList<Persona> m_personas;
    QHash<QString, QJsonObject> m_phrases;
    CustomerRate m_rate = CustomerRate::Off;
    QTimer m_timer;
};

} // namespace Atendo
