#include "Money.h"

namespace ringback::money {

namespace {

QLocale::Territory territoryOf(const QString& region)
{
    return region.size() == 2 ? QLocale::codeToTerritory(region.toUpper()) : QLocale::AnyTerritory;
}

// The locale that writes numbers for this desk in this country: the desk's language as spoken there
// (es_US writes "$450", fr_CA "450 $"), else the desk's own locale. The "C" locale (no LANG) has no
// currency format at all: English as written in that country stands in.
QLocale numberLocale(QLocale::Territory territory, const QLocale& desk)
{
    const QLocale::Language language = desk.language() == QLocale::C ? QLocale::English : desk.language();
    if (territory != QLocale::AnyTerritory) {
        const QLocale there(language, territory);
        if (there.language() == language && there.territory() == territory)
            return there;
    }
    if (desk.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return desk;
}

} // namespace

QString currencySymbol(const QString& businessRegion)
{
    const QLocale::Territory territory = territoryOf(businessRegion);
    if (territory == QLocale::AnyTerritory)
        return {};
    // English as written there first: its symbol is the one the business's customers read ("$",
    // "£"), where the territory's first locale may be a minority language (chr_US, kw_GB).
    const QLocale english(QLocale::English, territory);
    if (english.territory() == territory)
        return english.currencySymbol(QLocale::CurrencySymbol);
    return QLocale(QLocale::AnyLanguage, territory).currencySymbol(QLocale::CurrencySymbol);
}

QString format(qint64 cents, const QString& businessRegion, const QLocale& desk, int decimals)
{
    const QLocale::Territory territory = territoryOf(businessRegion);
    const QLocale locale = numberLocale(territory, desk);
    const QString symbol = currencySymbol(businessRegion);
    // An empty symbol would make Qt use the locale's own currency, the wrong one we are avoiding.
    if (symbol.isEmpty())
        return locale.toString(double(cents) / 100.0, 'f', decimals);
    return locale.toCurrencyString(double(cents) / 100.0, symbol, decimals);
}

} // namespace ringback::money
