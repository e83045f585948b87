#include "server/eventbus.h"

#include "core/clock.h"
#include "protocol/framecodec.h"
#include "server/gateway.h"
#include "server/serverlogging.h"
#include "store/journal.h"

#include <QJsonDocument>

namespace Atendo {

EventBus::EventBus(Journal& journal, Gateway& gateway, const Clock& clock)
    : m_journal(journal), m_gateway(gateway), m_clock(clock)
{ }

qint64 EventBus::publish(QLatin1StringView ev, const QJsonObject& data)
{
    const QDateTime at = m_clock.now();
    const QString name(ev);
    // Encoded once: the journal stores these bytes and the consoles' item
    // is built around them.
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    const qint64 seq = m_journal.appendEncoded(name, json, at);
    if (seq <= 0) {
        qCCritical(lcServer) << "journal append failed for" << name;
        m_failed = m_depth > 0;
        return 0;
    }
    const Protocol::Event event {seq, name, at, data};
    Encoded encoded {event, Protocol::FrameCodec::encode(event, json)};
    if (m_depth > 0)
        m_held.append(std::move(encoded));
    else
        push(encoded);
    return seq;
}

void EventBus::publishEphemeral(QLatin1StringView ev, const QJsonObject& data)
{
    const Protocol::Event event {0, QString(ev), m_clock.now(), data};
    m_gateway.broadcast(event);
    for (const Observer& observer : std::as_const(m_observers))
        observer(event);
}

void EventBus::push(const Encoded& encoded)
{
    ++m_published;
    m_gateway.broadcast(encoded.event, encoded.item);
    for (const Observer& observer : std::as_const(m_observers))
        observer(encoded.event);
}

void EventBus::hold()
{
    if (m_depth++ == 0)
        m_failed = false;
}

void EventBus::release(bool deliver)
{
    if (!deliver)
        m_failed = true;
    if (--m_depth > 0)
        return;
    const QList<Encoded> held = std::exchange(m_held, {});
    if (m_failed)
        return;
    for (const Encoded& encoded : held)
        push(encoded);
}

EventBatch::EventBatch(EventBus& bus) : m_bus(bus)
{
    m_bus.hold();
}

EventBatch::~EventBatch()
{
    if (!m_done)
        m_bus.release(false);
}

void EventBatch::commit()
{
    if (m_done)
        return;
    m_done = true;
    m_bus.release(true);
}

} // namespace Atendo
