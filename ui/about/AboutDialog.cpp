#include "AboutDialog.h"

#include "common/OutsideText.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {

// A path shown as it is written on this system, opening its folder in the file manager on a click.
QString folderLink(const QString& shownPath, const QString& folder)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded).toHtmlEscaped(),
             QDir::toNativeSeparators(shownPath).toHtmlEscaped());
}

QLabel* linkLabel(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::Places AboutDialog::placesFor(const QString& database, bool databaseIsFile)
{
    Places places;
    places.dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    places.database = database;
    places.databaseIsFile = databaseIsFile;
    places.settings = QSettings().fileName();
    return places;
}

AboutDialog::AboutDialog(const Places& places, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Ringback"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/ringback/icons/ringback.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("Ringback %1").arg(QCoreApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* tagline = new QLabel(tr("Texts back the callers your office missed."), this);
    auto* qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);
    qt->setObjectName(QStringLiteral("aboutQtVersion"));
    qt->setForegroundRole(QPalette::PlaceholderText);

    auto* heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(tagline);
    heading->addWidget(qt);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(heading, 1);

    auto* placesForm = new QFormLayout;
    placesForm->addRow(tr("Data folder:"), linkLabel(folderLink(places.dataFolder, places.dataFolder), this));
    if (places.databaseIsFile) {
        placesForm->addRow(
            tr("Database:"),
            linkLabel(folderLink(places.database, QFileInfo(places.database).absolutePath()), this));
    } else {
        // A server address as text (escaped text in an auto-format label showed "&amp;" as is).
        placesForm->addRow(tr("Database:"), plainLabel(new QLabel(places.database, this)));
    }
    if (QFileInfo(places.settings).isAbsolute()) {
        placesForm->addRow(
            tr("Settings:"),
            linkLabel(folderLink(places.settings, QFileInfo(places.settings).absolutePath()), this));
    } else {
        placesForm->addRow(tr("Settings:"), new QLabel(places.settings, this)); // a registry key
    }
    placesForm->addRow(tr("Logs:"),
                       new QLabel(tr("Not kept in a file. Start Ringback from a terminal (or with "
                                     "--headless) to see them."),
                                  this));
    for (QLabel* label : findChildren<QLabel*>())
        label->setWordWrap(true);
    title->setWordWrap(false);

    // The libraries that ship with Ringback (inside the Windows and macOS installers; from the
    // system's packages on Linux), and the licence each comes under.
    const QString licences =
        tr("<p>Ringback is released under the MIT licence.</p>"
           "<p>It is built on these libraries, each under its own licence:</p>"
           "<ul>"
           "<li>Qt 6, The Qt Company: <a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">GNU LGPL "
           "version 3</a></li>"
           "<li>libphonenumber, Google: <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache "
           "License 2.0</a></li>"
           "<li>QtKeychain, Frank Osterfeld: <a href=\"https://opensource.org/license/bsd-2-clause\">BSD "
           "2-Clause</a></li>"
           "<li>Protocol Buffers, Google (used by libphonenumber): <a "
           "href=\"https://opensource.org/license/bsd-3-clause\">BSD 3-Clause</a></li>"
           "<li>ICU, Unicode (used by libphonenumber): <a "
           "href=\"https://www.unicode.org/license.txt\">Unicode licence</a></li>"
           "</ul>");
    auto* licenceLabel = linkLabel(licences, this);
    licenceLabel->setObjectName(QStringLiteral("aboutLicences"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(placesForm);
    layout->addWidget(licenceLabel);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace ringback::ui
