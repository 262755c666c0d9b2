#include "LeadBoard.h"

#include "LeadColumnModel.h"
#include "common/Money.h"
#include "domain/LeadOrder.h"
#include "phone/PhoneNumberService.h"
#include "store/LeadStore.h"

namespace ringback::ui {

LeadBoard::LeadBoard(Database& db, const PhoneNumberService& phone, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_phone(phone)
    , m_clock(clock)
{
    for (LeadStatus status : statuses()) {
        auto* model = new LeadColumnModel(status, db, phone, clock, this);
        connect(model, &LeadColumnModel::moveRequested, this,
                [this](qint64 leadId, qint64 revision, LeadStatus from, LeadStatus to) {
                    move(leadId, revision, from, to);
                });
        m_columns.insert(status, model);
    }
    // The column models read their first page themselves.
    if (auto totals = LeadBoardStore(m_db).totals())
        m_totals = totals.value();
}

const QList<LeadStatus>& LeadBoard::statuses()
{
    static const QList<LeadStatus> columns{LeadStatus::New,       LeadStatus::Texted, LeadStatus::Replied,
                                           LeadStatus::Qualified, LeadStatus::Booked, LeadStatus::Won,
                                           LeadStatus::Lost};
    return columns;
}

QString LeadBoard::money(qint64 cents) const
{
    return money::format(cents, m_phone.defaultRegion());
}

std::optional<LeadStatus> LeadBoard::statusOf(qint64 leadId) const
{
    auto lead = LeadStore(m_db).byId(leadId);
    if (!lead || !lead.value())
        return std::nullopt;
    return lead.value()->status;
}

bool LeadBoard::move(qint64 leadId, qint64 revision, LeadStatus from, LeadStatus to)
{
    if (from == to)
        return false;
    auto moved = LeadBoardStore(m_db).move(leadId, revision, from, to, m_deskPerson, m_clock.nowUtc());
    refresh();
    if (!moved) {
        emit problem(moved.error().message);
        return false;
    }
    emit this->moved(leadId, to);
    return true;
}

void LeadBoard::setDeskConnection(DeskConnection* link)
{
    m_link = link;
    for (LeadColumnModel* model : std::as_const(m_columns)) {
        model->setDeskConnection(link, [status = model->status()]() -> LeadColumnModel::ConnectionLoader {
            return [status](Database& db, int offset, int limit) {
                return LeadBoardStore(db).column(status, offset, limit);
            };
        });
        // Another desk's change names its lead: only that card is read again, in each column
        // (it leaves one and appears in another when its status changed).
        model->setChangedRows([](const BoardCard& c) { return c.lead.id; },
                              [status = model->status()]() -> LeadColumnModel::GroupLoader {
                                  return [status](Database& db, const QList<qint64>& leadIds) {
                                      return LeadBoardStore(db).cardsOf(status, leadIds);
                                  };
                              },
                              [](const BoardCard& a, const BoardCard& b) {
                                  return latestActivityFirst(a.lead, b.lead); // LeadBoardStore's order
                              });
    }
}

void LeadBoard::refreshLeads(const QSet<qint64>& leadIds)
{
    if (!m_link || leadIds.isEmpty() || leadIds.contains(0)) {
        refresh();
        return;
    }
    m_link->read(
        this, [](Database& db) { return LeadBoardStore(db).totals(); },
        [this](const auto& totals) {
            if (totals)
                m_totals = totals.value();
            emit refreshed();
        });
    for (LeadColumnModel* model : std::as_const(m_columns))
        model->refreshRows(leadIds);
}

void LeadBoard::refresh()
{
    if (m_link) {
        m_link->read(
            this, [](Database& db) { return LeadBoardStore(db).totals(); },
            [this](const auto& totals) {
                if (totals)
                    m_totals = totals.value();
                emit refreshed();
            });
        for (LeadColumnModel* model : std::as_const(m_columns))
            model->refresh();
        return;
    }
    if (auto totals = LeadBoardStore(m_db).totals())
        m_totals = totals.value();
    for (LeadColumnModel* model : std::as_const(m_columns))
        model->refresh();
    emit refreshed();
}

} // namespace ringback::ui
