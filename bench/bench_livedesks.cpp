// Two desks on one PostgreSQL database holding 10,000 conversations (DESIGN §8, issue 8):
//  1. reply written on desk A -> visible at the top of desk B's inbox model (median, p95), through
//     NOTIFY, StoreNotifications and a model refresh, as DesktopSession wires them;
//  2. the inbox's first page read on PostgreSQL (a desk B refresh), median and p95.
// Needs a server: start one with tests/support/test-postgres.sh start <dir> and give
// RINGBACK_TEST_PG_ENV=<dir>/server.env (see docs/PERFORMANCE.md).
#include "TempDatabase.h"
#include "inbox/ConversationListModel.h"
#include "phone/PhoneNumberService.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/StoreNotifications.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {

struct Figures
{
    QList<double> ms;
    double at(double q) const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(qMin(qsizetype(q * s.size()), s.size() - 1));
    }
};

bool fill(Database& db, int conversations)
{
    // One lead and one inbound text per conversation, activity spread over the last 30 days.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return db.exec(QStringLiteral("INSERT INTO leads (e164, display_name, place, unread, last_activity_at, "
                                  "created_at, updated_at) SELECT '+1512' || lpad(g::text, 7, '0'), "
                                  "'Caller ' || g, 'Austin, TX', 1, ?::bigint - g * 259, ?::bigint - g * "
                                  "259, ?::bigint - g * 259 "
                                  "FROM generate_series(1, ?) g"),
                   {now, now, now, conversations})
               .ok() &&
           db.exec(QStringLiteral(
                       "INSERT INTO messages (lead_id, direction, from_number, to_number, body, status, "
                       "created_at, updated_at) SELECT id, 'inbound', e164, '+15125550100', "
                       "'Water heater leaking, can you come today?', 'received', last_activity_at, "
                       "last_activity_at FROM leads"))
               .ok();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int conversations = quick ? 1'000 : 10'000;
    const int replies = quick ? 20 : 200;

    TempDatabase deskA(SqlDialect::Kind::Postgres, QStringLiteral("desk-a"));
    if (!deskA.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(deskA.errorText()));
        return 1;
    }
    if (!fill(deskA.db(), conversations))
        return 1;
    auto openedB = Database::open(deskA.location(), QStringLiteral("desk-b"));
    if (!openedB)
        return 1;
    std::unique_ptr<Database> deskB = std::move(openedB).value();
    PhoneNumberService phone;
    ConversationListModel model(*deskB, phone);
    StoreNotifications notes(*deskB);
    QObject::connect(&notes, &StoreNotifications::changed, &model, &ConversationListModel::refresh);

    Figures visible;
    Figures firstPage;
    QRandomGenerator random(2020);
    auto ids = deskA.db().exec(QStringLiteral("SELECT id, e164 FROM leads ORDER BY id"));
    QList<QPair<qint64, QString>> leads;
    while (ids->next())
        leads.append({ids->value(0).toLongLong(), ids->value(1).toString()});
    for (int i = 0; i < replies; ++i) {
        const auto& [leadId, e164] = leads.at(random.bounded(int(leads.size())));
        const QString body = QStringLiteral("On our way (reply %1)").arg(i);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QElapsedTimer timer;
        timer.start();
        {
            Transaction tx(deskA.db());
            Message m;
            m.leadId = leadId;
            m.direction = MessageDirection::Outbound;
            m.fromNumber = QStringLiteral("+15125550100");
            m.toNumber = e164;
            m.body = body;
            m.status = MessageStatus::Queued;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // A figure for a write that did not happen would be a wrong figure: stop instead.
            if (!MessageStore(deskA.db()).insertLocal(m, now) ||
                !LeadStore(deskA.db()).touch(leadId, now, false) || !tx.commit())
                qFatal("could not write the reply for the benchmark");
        }
        const auto shown = [&] {
            return model.rowCount() > 0 &&
                   model.index(0).data(ConversationListModel::LeadIdRole).toLongLong() == leadId &&
                   model.index(0).data(ConversationListModel::SnippetRole).toString().endsWith(body);
        };
        while (!shown() && timer.elapsed() < 5'000)
            reset.wait(5'000 - int(timer.elapsed()));
        if (!shown()) {
            std::fprintf(stderr, "reply %d never showed on desk B\n", i);
            return 1;
        }
        visible.ms << timer.nsecsElapsed() / 1e6;

        QElapsedTimer page;
        page.start();
        model.refresh();
        firstPage.ms << page.nsecsElapsed() / 1e6;
    }
    std::printf("conversations: %d, replies: %d\n", conversations, replies);
    std::printf("reply on desk A -> top of desk B's inbox model: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                visible.at(0.5), visible.at(0.95), visible.at(1.0));
    std::printf("inbox first page (%d rows) read on PostgreSQL: median %.1f ms, p95 %.1f ms\n",
                ConversationListModel::kPageSize, firstPage.at(0.5), firstPage.at(0.95));
    return 0;
}
