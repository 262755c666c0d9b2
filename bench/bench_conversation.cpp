// Opening a conversation (DESIGN §8: < 50 ms with 10k conversations / 200k messages), measured
// on a store of that size where one lead has a long history (5,000 texts, a missed call every
// 20 texts): the thread's first page, the whole ConversationView (thread, card, history, texting
// checks), reading an older page, and a refresh after the worker stored something.
// Run: QT_QPA_PLATFORM=offscreen build/dev/bench/bench_conversation [conversations] [messages]
#include "BenchFigures.h"
#include "common/Clock.h"
#include "conversation/ConversationView.h"
#include "conversation/ThreadModel.h"
#include "phone/PhoneNumberService.h"
#include "store/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ringback;
using namespace ringback::ui;

namespace {

using bench::Figures;
using bench::figures;

void print(const char* what, const Figures& f)
{
    std::printf("%-52s median %8.2f  p95 %8.2f  max %8.2f ms\n", what, f.median, f.p95, f.max);
    std::fflush(stdout);
}

QString number(int i)
{
    return QStringLiteral("+1512%1").arg(2000000 + i, 7, 10, QLatin1Char('0'));
}

// Raw inserts with prepared statements: filling 200k rows through the stores one by one would
// take minutes and measure nothing we ship.
void fill(Database& db, int conversations, int messages, int longThread)
{
    QSqlDatabase c = db.connection();
    c.transaction();
    const qint64 t0 = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    QSqlQuery lead(c);
    lead.prepare(QStringLiteral("INSERT INTO leads (id, e164, place, status, last_activity_at, created_at, "
                                "updated_at) VALUES (?, ?, 'Austin, TX', 'replied', ?, ?, ?)"));
    for (int i = 1; i <= conversations; ++i) {
        lead.addBindValue(i);
        lead.addBindValue(number(i));
        lead.addBindValue(t0 + qint64(i) * 60000);
        lead.addBindValue(t0);
        lead.addBindValue(t0);
        lead.exec();
    }
    QSqlQuery msg(c);
    msg.prepare(QStringLiteral("INSERT INTO messages (provider_message_id, lead_id, direction, from_number, "
                               "to_number, body, status, automated, created_at, sent_at, updated_at) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    QSqlQuery call(c);
    call.prepare(
        QStringLiteral("INSERT INTO calls (provider_call_id, direction, from_number, to_number, status, "
                       "started_at, ended_at, first_seen_at, updated_at) VALUES "
                       "(?, 'inbound', ?, '+15125550100', 'no-answer', ?, ?, ?, ?)"));
    QSqlQuery event(c);
    event.prepare(QStringLiteral("INSERT INTO timeline_events (lead_id, kind, code, call_id, occurred_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    const auto addEvent = [&](int leadId, const QString& kind, const QString& code, const QVariant& callId,
                              qint64 at) {
        event.addBindValue(leadId);
        event.addBindValue(kind);
        event.addBindValue(code);
        event.addBindValue(callId);
        event.addBindValue(at);
        event.exec();
    };
    for (int m = 0; m < messages; ++m) {
        // The first `longThread` texts belong to lead 1; the rest are spread over the others.
        const int leadId = m < longThread ? 1 : 2 + (m % (conversations - 1));
        const bool inbound = m % 2 == 0;
        const qint64 at = t0 + qint64(m) * 30000;
        msg.addBindValue(QStringLiteral("SM%1").arg(m, 32, 10, QLatin1Char('0')));
        msg.addBindValue(leadId);
        msg.addBindValue(inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
        msg.addBindValue(inbound ? number(leadId) : QStringLiteral("+15125550100"));
        msg.addBindValue(inbound ? QStringLiteral("+15125550100") : number(leadId));
        msg.addBindValue(QStringLiteral("Text number %1 about the water heater in the garage").arg(m));
        msg.addBindValue(inbound ? QStringLiteral("received") : QStringLiteral("delivered"));
        msg.addBindValue(at);
        msg.addBindValue(at);
        msg.addBindValue(at);
        msg.exec();
        if (inbound)
            addEvent(leadId, QStringLiteral("message_received"), QStringLiteral("reply"), QVariant(), at);
        if (leadId == 1 && m % 20 == 0) {
            call.addBindValue(QStringLiteral("CA%1").arg(m));
            call.addBindValue(number(1));
            call.addBindValue(at - 25000);
            call.addBindValue(at - 1000);
            call.addBindValue(at);
            call.addBindValue(at);
            call.exec();
            const QVariant callId = call.lastInsertId();
            addEvent(1, QStringLiteral("call_missed"), QStringLiteral("no_answer"), callId, at - 1000);
            addEvent(1, QStringLiteral("not_texted"), QStringLiteral("cooldown"), callId, at - 500);
        }
    }
    c.commit();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int conversations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10'000;
    const int messages = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200'000;
    const int longThread = 5'000;

    QTemporaryDir dir;
    auto opened = Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("bench.sqlite"))),
                                 QStringLiteral("bench"));
    if (!opened) {
        std::printf("cannot open the store: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database& db = *opened.value();
    QElapsedTimer fillTimer;
    fillTimer.start();
    fill(db, conversations, messages, longThread);
    std::printf(
        "store: %d conversations, %d messages (lead 1: %d texts, %d missed calls), filled in %.1f s\n",
        conversations, messages, longThread, longThread / 20, fillTimer.elapsed() / 1000.0);

    const int runs = 30;
    QList<double> firstPage, older, view, refresh;
    ThreadModel model(db);
    for (int i = 0; i < runs; ++i) {
        model.setLead(2 + i); // another conversation first, so each open really reads
        QElapsedTimer t;
        t.start();
        model.setLead(1);
        firstPage << t.nsecsElapsed() / 1e6;
        t.restart();
        model.loadOlder();
        older << t.nsecsElapsed() / 1e6;
        t.restart();
        model.refresh();
        refresh << t.nsecsElapsed() / 1e6;
    }
    print("thread: first page of the 5,000-text conversation", figures(firstPage));
    print("thread: one older page", figures(older));
    print("thread: refresh of the loaded rows", figures(refresh));

    const PhoneNumberService phone;
    ConversationView conversation(db, phone, SystemClock::instance());
    conversation.resize(900, 700);
    conversation.show();
    for (int i = 0; i < runs; ++i) {
        conversation.showLead(2 + i);
        QElapsedTimer t;
        t.start();
        conversation.showLead(1);
        QApplication::processEvents(); // include laying out and painting the first screen
        view << t.nsecsElapsed() / 1e6;
    }
    print("open a conversation (thread, card, history, checks)", figures(view));
    return 0;
}
