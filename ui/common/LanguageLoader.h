#pragma once

#include <QString>
#include <QStringList>

namespace ringback::ui {

// Puts Ringback's translation (embedded from translations/*.ts; for English, its plural forms)
// and Qt's own (qtbase: the standard buttons, dialogs) in place for the system language, or for the language
// chosen in Settings (SettingKey::Language). Called once at start; calling it again replaces the previous
// translators (tests switch languages).
class LanguageLoader
{
public:
    // The languages Ringback is translated into, besides English: "es", "fr".
    static QStringList translatedLanguages();

    // "en", "es" or "fr": the override when it is one of them, else the system's language when
    // Ringback has it, else English.
    static QString resolve(const QString& languageOverride);

    // Installs the translators and sets the default QLocale when a language was chosen. Returns
    // the language now in use.
    static QString install(const QString& languageOverride);

    // A language in its own words ("Español"), for someone who cannot read the current one.
    static QString nativeName(const QString& language);

    // The language installed last ("en" before any).
    static QString inUse();
};

} // namespace ringback::ui
