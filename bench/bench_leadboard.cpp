// The Leads board's cost on the UI thread with a big office's history: the first load, the
// refresh that follows every change the worker stores, and a move (write + timeline + refresh).
// Prints median and p95 in milliseconds; figures go into docs/PERFORMANCE.md.

#include "BenchFigures.h"
#include "TempDatabase.h"
#include "board/LeadBoard.h"
#include "board/LeadColumnModel.h"
#include "phone/PhoneNumberService.h"
#include "store/Database.h"
#include "store/LeadBoardStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace ringback;

namespace {

using bench::Figures;
using bench::figures;

void print(const char* what, const Figures& f)
{
    std::printf("%-52s median %8.2f ms  p95 %8.2f ms\n", what, f.median, f.p95);
    std::fflush(stdout);
}

// An office after a few years: most leads lost or won, a few dozen in play.
LeadStatus statusFor(int i)
{
    const int r = i % 100;
    if (r < 55)
        return LeadStatus::Lost;
    if (r < 80)
        return LeadStatus::Won;
    if (r < 88)
        return LeadStatus::New;
    if (r < 92)
        return LeadStatus::Texted;
    if (r < 95)
        return LeadStatus::Replied;
    if (r < 98)
        return LeadStatus::Qualified;
    return LeadStatus::Booked;
}

bool fill(Database& db, int leads)
{
    QRandomGenerator random(42);
    const qint64 start = QDateTime(QDate(2023, 1, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    Transaction tx(db);
    if (!db.exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Maria'), ('Luis')")))
        return false;
    for (int i = 0; i < leads; ++i) {
        const qint64 at = start + qint64(i) * 9 * 60 * 1000;
        const QVariant value = random.bounded(3) == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                      : QVariant(qlonglong(random.bounded(5000, 900000)));
        auto r =
            db.exec(QStringLiteral(
                        "INSERT INTO leads (e164, display_name, status, estimated_value_cents, need, place, "
                        "assigned_staff_id, last_activity_at, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, 'Austin, TX', ?, ?, ?, ?)"),
                    {QStringLiteral("+1512%1").arg(2000000 + i, 7, 10, QLatin1Char('0')),
                     QStringLiteral("Caller %1").arg(i), toText(statusFor(i)), value,
                     QStringLiteral("Water heater leaking"), qlonglong(1 + i % 2), at, at, at});
        if (!r)
            return false;
    }
    return tx.commit().ok();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int leads = quick ? 2000 : 10000;
    const int runs = quick ? 10 : 50;

    test::TempDatabase t(QStringLiteral("bench"));
    if (!t.ok() || !fill(t.db(), leads)) {
        std::fprintf(stderr, "could not prepare the store: %s\n", qPrintable(t.errorText()));
        return 1;
    }
    std::printf("%d leads (55%% lost, 25%% won, the rest in play), %d runs each\n", leads, runs);
    const PhoneNumberService phone;

    QList<double> firstLoad;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        ui::LeadBoard board(t.db(), phone);
        firstLoad << timer.nsecsElapsed() / 1e6;
    }
    print("first load (totals + first page of 7 columns)", figures(firstLoad));

    // Where a refresh goes: the header totals, and each column's first page.
    QList<double> totals;
    QList<double> columns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!LeadBoardStore(t.db()).totals())
            return 1;
        totals << timer.nsecsElapsed() / 1e6;
        timer.restart();
        for (LeadStatus status : ui::LeadBoard::statuses()) {
            if (!LeadBoardStore(t.db()).column(status, 0, ui::LeadColumnModel::kPageSize))
                return 1;
        }
        columns << timer.nsecsElapsed() / 1e6;
    }
    print("  of which: the totals query", figures(totals));
    print("  of which: the 7 column queries", figures(columns));

    ui::LeadBoard board(t.db(), phone);
    QList<double> refresh;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        board.refresh();
        refresh << timer.nsecsElapsed() / 1e6;
    }
    print("refresh after the worker stored something", figures(refresh));

    QList<double> move;
    for (int i = 0; i < runs; ++i) {
        ui::LeadColumnModel* from = board.column(i % 2 ? LeadStatus::Booked : LeadStatus::Qualified);
        const QModelIndex card = from->index(0);
        const LeadStatus to = i % 2 ? LeadStatus::Qualified : LeadStatus::Booked;
        QElapsedTimer timer;
        timer.start();
        const bool moved =
            board.move(card.data(ui::LeadColumnModel::LeadIdRole).toLongLong(),
                       card.data(ui::LeadColumnModel::RevisionRole).toLongLong(), from->status(), to);
        move << timer.nsecsElapsed() / 1e6;
        if (!moved) {
            std::fprintf(stderr, "a move failed\n");
            return 1;
        }
    }
    print("move a card (revision check, timeline, refresh)", figures(move));
    return 0;
}
