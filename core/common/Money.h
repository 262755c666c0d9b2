#pragma once

#include <QLocale>
#include <QString>

namespace ringback::money {

// The currency of the business's country ("US" -> "$", "GB" -> "£", "FR" -> "€"). Money belongs to
// the business, not to the desk: a Spanish or French desk of a Texas business still works in dollars.
QString currencySymbol(const QString& businessRegion);

// An amount in the business's currency, written the way the desk's language writes numbers
// ("$450" in English and Spanish for a US business, "450 $" in French). Whole units by default:
// estimates are rough, and cents on a lead card are noise. An unknown region gets no symbol.
QString format(qint64 cents, const QString& businessRegion, const QLocale& desk = QLocale(),
               int decimals = 0);

} // namespace ringback::money
