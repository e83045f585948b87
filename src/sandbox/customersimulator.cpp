#include "sandbox/customersimulator.h"

#include "sandbox/inboundmessages.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sentmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 quietSeconds = 24 * 3600;
const QStringList emojis {u"👍"_s, u"❤️"_s, u"🙏"_s, u"😂"_s};
} // namespace

CustomerSimulator::CustomerSimulator(
    const SandboxClock& clock, QRandomGenerator& random, InboundMessages& inbound, QObject* parent)
    : QObject(parent), m_clock(clock), m_random(random), m_inbound(inbound)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CustomerSimulator::tick);
}

bool CustomerSimulator::load(const QByteArray& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonArray personas = root.value(u"personas"_s).toArray();
    if (personas.isEmpty())
        return false;
    m_personas.clear();
    for (const QJsonValue& value : personas) {
        const QJsonObject object = value.toObject();
        Persona persona {object.value(u"name"_s).toString(), object.value(u"wa_id"_s).toString(),
            object.value(u"language"_s).toString(), object.value(u"user_id"_s).toString()};
        m_inbound.rememberContact(persona.waId, persona.name, persona.userId);
        m_personas.append(persona);
    }
    const QJsonObject phrases = root.value(u"phrases"_s).toObject();
    for (auto it = phrases.begin(); it != phrases.end(); ++it)
        m_phrases.insert(it.key(), it.value().toObject());
    return true;
}

void CustomerSimulator::setRate(CustomerRate rate)
{
    m_rate = rate;
    m_timer.stop();
    if (rate != CustomerRate::Off)
        scheduleTick();
}

void CustomerSimulator::scheduleTick()
{
    const bool busy = m_rate == CustomerRate::Busy;
    m_timer.start(busy ? m_random.bounded(2000, 5000) : m_random.bounded(20000, 60000));
}

int CustomerSimulator::reactionDelayMs()
{
    return m_rate == CustomerRate::Busy ? m_random.bounded(1000, 3000) : m_random.bounded(3000, 8000);
}

QString CustomerSimulator::phrase(const Persona& persona, const QString& list)
{
    const QJsonValue value = m_phrases.value(persona.language, m_phrases.value(u"pt_BR"_s)).value(list);
    if (!value.isArray())
        return value.toString();
    const QJsonArray options = value.toArray();
    return options.isEmpty() ? QString() : options.at(m_random.bounded(int(options.size()))).toString();
}

void CustomerSimulator::send(const Persona& persona, QJsonObject request)
{
    request.insert(u"from"_s, persona.waId);
    request.insert(u"name"_s, persona.name);
    if (!persona.userId.isEmpty())
        request.insert(u"user_id"_s, persona.userId);
    qCInfo(lcSandbox).noquote() << "customer" << persona.name << "sends"
                                << request.value(u"type"_s).toString() << request.value(u"text"_s).toString();
    m_inbound.inject(request);
}

void CustomerSimulator::seedHistory()
{
    const qint64 now = m_clock.nowSeconds();
    const qint64 ages[] = {23 * 3600 + 40 * 60, 20 * 3600, 2 * 3600};
    for (int i = 0; i < 3 && i < m_personas.size(); ++i) {
        send(m_personas.at(i),
            QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, phrase(m_personas.at(i), u"questions"_s)},
                {u"timestamp"_s, now - ages[i]}});
    }
}

void CustomerSimulator::tick()
{
    if (m_personas.isEmpty() || m_rate == CustomerRate::Off)
        return;
    act(m_personas[m_random.bounded(int(m_personas.size()))]);
    scheduleTick();
}

void CustomerSimulator::act(Persona& persona)
{
    const qint64 now = m_clock.nowSeconds();
    if (persona.quietUntil > now)
        return;
    if (persona.stopped) {
        // Most stopped customers come back sooner or later.
        if (m_random.bounded(3) == 0) {
            persona.stopped = false;
            send(persona, QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, phrase(persona, u"start"_s)}});
        }
        return;
    }
    const int roll = m_random.bounded(100);
    if (roll < 45) {
        send(persona, QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, phrase(persona, u"questions"_s)}});
    } else if (roll < 57) {
        send(persona, QJsonObject {{u"type"_s, u"image"_s}, {u"text"_s, phrase(persona, u"captions"_s)}});
    } else if (roll < 67) {
        send(persona,
            QJsonObject {{u"type"_s, u"document"_s}, {u"filename"_s, phrase(persona, u"document"_s)}});
    } else if (roll < 75) {
        const QJsonObject place = m_phrases.value(persona.language).value(u"location"_s).toObject();
        send(persona,
            QJsonObject {{u"type"_s, u"location"_s}, {u"latitude"_s, place.value(u"latitude"_s)},
                {u"longitude"_s, place.value(u"longitude"_s)}, {u"text"_s, place.value(u"name"_s)},
                {u"address"_s, place.value(u"address"_s)}});
    } else if (roll < 90) {
        persona.quietUntil = now + quietSeconds;
    } else {
        persona.stopped = true;
        send(persona, QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, phrase(persona, u"stop"_s)}});
    }
}

void CustomerSimulator::businessMessage(const SentMessage& message)
{
    if (m_rate == CustomerRate::Off || message.errorCode != 0 || message.type == u"reaction")
        return;
    const auto it = std::find_if(
        m_personas.cbegin(), m_personas.cend(), [&](const Persona& p) { return p.waId == message.to; });
    if (it == m_personas.cend() || it->stopped || it->quietUntil > m_clock.nowSeconds())
        return;
    const Persona persona = *it;
    QJsonObject request;
    const int roll = m_random.bounded(100);
    if (!message.quickReplies.isEmpty() && roll < 50) {
        const QString button = message.quickReplies.at(m_random.bounded(int(message.quickReplies.size())));
        request = {{u"type"_s, u"button"_s}, {u"text"_s, button}, {u"payload"_s, button},
            {u"context_id"_s, message.wamid}};
    } else if (roll < 20) {
        request = {{u"type"_s, u"reaction"_s}, {u"text"_s, emojis.at(m_random.bounded(int(emojis.size())))},
            {u"context_id"_s, message.wamid}};
    } else {
        // Customers who would not answer are the quiet ones, filtered above.
        request = {{u"type"_s, u"text"_s}, {u"text"_s, phrase(persona, u"answers"_s)}};
    }
    QTimer::singleShot(reactionDelayMs(), this, [this, persona, request] { send(persona, request); });
}

} // namespace Atendo
