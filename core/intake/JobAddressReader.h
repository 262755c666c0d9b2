#pragma once

#include <QString>

namespace ringback {

// Where the job is, read from a customer's text (DESIGN §11). A street address is recognised in
// the forms people text in the three languages the office meets ("4512 Oak St, Austin TX 78701",
// "12 rue des Lilas, 69003 Lyon", "Calle Mayor 12, 28013 Madrid"); the city, or else the postal
// code, gives the lead its Place. Kept as typed: the office reads it, nothing geocodes it.
struct JobAddress
{
    QString address; // the street address as typed, with what followed it (city, state, ZIP)
    QString city;
    QString postalCode;
    bool isEmpty() const { return address.isEmpty() && postalCode.isEmpty() && city.isEmpty(); }
    // What the lead's Place becomes: the city, else the postal code.
    QString place() const { return city.isEmpty() ? postalCode : city; }
};

class JobAddressReader
{
public:
    // An address found anywhere in a text ("we're at 4512 Oak St, come today").
    static JobAddress find(const QString& text);
    // The answer to "What's the address of the job?": what `find` recognises, else the whole
    // answer as typed (a rural route, a landmark), shortened to a card's line.
    static JobAddress answer(const QString& text);
};

} // namespace ringback
