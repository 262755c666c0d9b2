// --import-settings: a settings file (JSON, as --export-settings writes it) read the way
// SettingsFileCommand reads it, into a real store (a SQLite file) and a machine QSettings (an INI
// file), both emptied before each input.
//
// Invariants: an import is all or nothing (a refused one leaves the defaults); what an import
// leaves, exported and imported into an empty store, is accepted whole and exports the same again:
// every value survives the trip through storage (lists with commas or brackets, empty entries,
// long numbers, text with NUL or line breaks), and an export names no setting the import does not
// know.

#include "FuzzSupport.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

using namespace ringback;

namespace {

// In memory where the system has a tmpfs: the fuzzer waits for the disk otherwise.
QString scratchTemplate()
{
    const QString base =
        QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return base + QStringLiteral("/ringback-fuzz-XXXXXX");
}

struct Stores
{
    QTemporaryDir dir{scratchTemplate()};
    std::unique_ptr<Database> db;
    std::unique_ptr<KeyValueStore> shared;
    std::unique_ptr<QSettings> machine;
};

Stores* g_stores = nullptr;

Stores& stores()
{
    if (!g_stores) {
        fuzz::ensureCoreApplication();
        g_stores = new Stores;
        auto db = Database::open(
            DatabaseLocation::sqliteFile(g_stores->dir.filePath(QStringLiteral("fuzz.sqlite"))),
            QStringLiteral("fuzz-settings"));
        if (!db) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(db.error().message));
            std::abort();
        }
        g_stores->db = std::move(db).value();
        // This process is the file's only user: holding the lock saves the system calls that take
        // and drop it around every statement (most of the time per input otherwise).
        if (!g_stores->db->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")))
            std::abort();
        g_stores->shared = std::make_unique<KeyValueStore>(*g_stores->db, KeyValueStore::Table::Settings);
        g_stores->machine = std::make_unique<QSettings>(g_stores->dir.filePath(QStringLiteral("machine.ini")),
                                                        QSettings::IniFormat);
        // Closed and removed at exit, before Qt's SQL connection list (a static made during
        // Database::open, so destroyed after this handler runs: exit goes in reverse order).
        std::atexit([] {
            delete g_stores;
            g_stores = nullptr;
        });
    }
    return *g_stores;
}

void emptyStores()
{
    Stores& s = stores();
    const auto cleared = s.db->exec(QStringLiteral("DELETE FROM settings"));
    FUZZ_CHECK(cleared.ok(), cleared.error().message);
    s.machine->clear();
}

struct Imported
{
    Settings::Import outcome;
    QJsonObject exported; // what the stores hold afterwards
};

Imported importThenExport(const QJsonObject& json)
{
    emptyStores();
    Settings settings(stores().shared.get(), stores().machine.get());
    Imported out;
    out.outcome = settings.importJson(json);
    out.exported = settings.exportJson();
    return out;
}

QString differences(const QJsonObject& first, const QJsonObject& second)
{
    QString diff;
    for (const QString& section : {QStringLiteral("shared"), QStringLiteral("machine")}) {
        const QJsonObject a = first.value(section).toObject();
        const QJsonObject b = second.value(section).toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (b.value(it.key()) != it.value()) {
                diff +=
                    QStringLiteral("%1: %2 then %3\n")
                        .arg(
                            it.key(),
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{b.value(it.key())}).toJson(QJsonDocument::Compact)));
            }
        }
    }
    return diff;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument json = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (json.isNull() || !json.isObject())
        return 0; // refused before anything is stored, as SettingsFileCommand does

    // One transaction per input, rolled back: the store is empty again for the next one, and
    // nothing waits for the disk (writing it was most of the time per input).
    Database& db = *stores().db;
    const auto began = db.begin();
    FUZZ_CHECK(began.ok(), began.error().message);
    const QJsonObject defaults = importThenExport(QJsonObject()).exported;
    const Imported first = importThenExport(json.object());
    const Imported second = importThenExport(first.exported);
    db.rollback();

    // All or nothing: a refused import changes nothing.
    if (!first.outcome.ok())
        FUZZ_CHECK(first.exported == defaults, differences(defaults, first.exported));
    // What Ringback exports, it imports again, and the same.
    FUZZ_CHECK(second.outcome.ok() && second.outcome.unknown.isEmpty(),
               second.outcome.problems.join(QLatin1Char('\n')));
    FUZZ_CHECK(first.exported == second.exported, differences(first.exported, second.exported));
    return 0;
}
