#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace ringback::ui {

namespace {
// The translators installed last, owned by the application object.
QPointer<QTranslator> g_ringback;
QPointer<QTranslator> g_qt;
QString g_inUse;

void drop(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

QStringList LanguageLoader::translatedLanguages()
{
    return {QStringLiteral("es"), QStringLiteral("fr")};
}

QString LanguageLoader::resolve(const QString& languageOverride)
{
    const QString chosen = languageOverride.trimmed().toLower();
    if (chosen == QLatin1String("en") || translatedLanguages().contains(chosen))
        return chosen;
    // The system's preferred languages in order ("fr-CA", "en-US"...): the first Ringback has.
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (language == QLatin1String("en") || translatedLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString LanguageLoader::nativeName(const QString& language)
{
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString LanguageLoader::inUse()
{
    return g_inUse.isEmpty() ? QStringLiteral("en") : g_inUse;
}

QString LanguageLoader::install(const QString& languageOverride)
{
    const QString language = resolve(languageOverride);
    g_inUse = language;
    drop(g_ringback);
    drop(g_qt);
    if (!languageOverride.trimmed().isEmpty())
        QLocale::setDefault(QLocale(language));
    // English too has a catalogue: only its plural forms ("%n text(s)" -> "1 text", "2 texts").
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/ringback_") + language)) {
        QCoreApplication::installTranslator(ours);
        g_ringback = ours;
    } else {
        delete ours;
    }
    if (language == QLatin1String("en"))
        return language;

    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    return language;
}

} // namespace ringback::ui
