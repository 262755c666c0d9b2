#include "PhotoViewer.h"

#include "store/Database.h"
#include "store/DeskConnection.h"
#include "store/MediaStore.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {

constexpr int kWaitingRereadMs = 2000;

QString extensionFor(const QString& contentType)
{
    if (contentType == QLatin1String("image/jpeg") || contentType == QLatin1String("image/jpg"))
        return QStringLiteral("jpg");
    if (contentType == QLatin1String("image/svg+xml"))
        return QStringLiteral("svg");
    if (contentType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (contentType == QLatin1String("text/vcard") || contentType == QLatin1String("text/x-vcard"))
        return QStringLiteral("vcf");
    const QString subtype = contentType.section(QLatin1Char('/'), 1).section(QLatin1Char('+'), 0, 0);
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,8}$"));
    return plain.match(subtype).hasMatch() ? subtype : QStringLiteral("bin");
}

} // namespace

PhotoViewer::PhotoViewer(Database& db, qint64 leadId, qint64 messageId, const QString& caller,
                         const QString& e164, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_leadId(leadId)
    , m_startMessageId(messageId)
    , m_caller(caller)
    , m_e164(e164)
    , m_image(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_status(new QLabel(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_save(new QPushButton(tr("Save as…"), this))
    , m_waiting(new QTimer(this))
{
    setObjectName(QStringLiteral("photoViewer"));
    // The caller's name is outside text: the title is plain text by nature.
    setWindowTitle(tr("Photos from %1").arg(caller));
    m_image->setObjectName(QStringLiteral("photoImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(320, 240);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_image->setTextFormat(Qt::PlainText);
    m_image->setWordWrap(true);
    m_image->setBackgroundRole(QPalette::AlternateBase);
    m_image->setAutoFillBackground(true);
    m_caption->setObjectName(QStringLiteral("photoCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("photoStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_previous->setObjectName(QStringLiteral("photoPrevious"));
    m_next->setObjectName(QStringLiteral("photoNext"));
    m_save->setObjectName(QStringLiteral("photoSave"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addSpacing(12);
    row->addWidget(m_caption, 1);
    row->addWidget(m_save);
    row->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPhoto(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPhoto(m_current + 1); });
    connect(m_save, &QPushButton::clicked, this, &PhotoViewer::saveAs);
    m_waiting->setInterval(kWaitingRereadMs);
    connect(m_waiting, &QTimer::timeout, this, &PhotoViewer::reload);

    resize(760, 620);
    updateButtons();
    reload();
}

void PhotoViewer::setDeskConnection(DeskConnection* link)
{
    m_link = link;
}

void PhotoViewer::reload()
{
    auto read = [leadId = m_leadId](Database& db) {
        return MediaStore(db).forLead(leadId);
    };
    auto apply = [this](const StoreResult<QList<MessageMedia>>& media) {
        listed(media.value_or({}), media ? QString() : media.error().message);
    };
    if (m_link)
        m_link->read(this, read, apply);
    else
        apply(read(m_db));
}

void PhotoViewer::showMessagePhotos(qint64 messageId)
{
    for (int i = 0; i < m_media.size(); ++i) {
        if (messageId != 0 && m_media.at(i).messageId == messageId)
            return showPhoto(i);
    }
}

void PhotoViewer::listed(const QList<MessageMedia>& media, const QString& error)
{
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    const qint64 shownId = m_current >= 0 && m_current < m_media.size() ? m_media.at(m_current).id : 0;
    const bool shownWaiting = shownId != 0 && m_media.at(m_current).state == MessageMedia::State::Waiting;
    m_media = media;
    int index = -1;
    for (int i = 0; i < m_media.size() && index < 0; ++i) {
        if (shownId != 0 ? m_media.at(i).id == shownId : m_media.at(i).messageId == m_startMessageId)
            index = i;
    }
    if (index < 0)
        index = m_media.isEmpty() ? -1 : 0;
    // The one shown is read again only when it changed (it arrived, or was given up on).
    if (index != m_current || shownId == 0 ||
        (shownWaiting && m_media.at(index).state != MessageMedia::State::Waiting))
        showPhoto(index);
    else
        updateButtons();
}

void PhotoViewer::showPhoto(int index)
{
    if (m_media.isEmpty()) {
        m_current = -1;
        m_bytes.clear();
        m_pixmap = {};
        m_image->setPixmap({});
        m_image->setText(tr("The photos are still on their way from the phone provider."));
        m_caption->clear();
        m_status->clear();
        m_waiting->start();
        return updateButtons();
    }
    m_current = qBound(0, index, int(m_media.size()) - 1);
    const MessageMedia& media = m_media.at(m_current);
    m_caption->setText(tr("Photo %1 of %2").arg(m_current + 1).arg(m_media.size()));
    m_status->setText(statusText(media));
    m_bytes.clear();
    m_pixmap = {};
    m_image->setPixmap({});
    m_image->setText(media.state == MessageMedia::State::Kept ? tr("Loading…") : QString());
    if (media.state == MessageMedia::State::Waiting)
        m_waiting->start();
    else
        m_waiting->stop();
    updateButtons();
    if (media.state != MessageMedia::State::Kept)
        return;
    auto read = [id = media.id](Database& db) {
        return MediaStore(db).content(id);
    };
    auto apply = [this, id = media.id](const StoreResult<std::optional<QByteArray>>& bytes) {
        shown(id, bytes && bytes.value() ? *bytes.value() : QByteArray());
    };
    if (m_link)
        m_link->read(this, read, apply);
    else
        apply(read(m_db));
}

void PhotoViewer::shown(qint64 mediaId, const QByteArray& bytes)
{
    if (m_current < 0 || m_media.at(m_current).id != mediaId)
        return; // paged on meanwhile
    m_bytes = bytes;
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // phones record their rotation in EXIF
    const QImage image = reader.read();
    if (image.isNull()) {
        const MessageMedia& media = m_media.at(m_current);
        m_image->setText(media.isImage()
                             ? tr("Ringback cannot show this kind of picture (%1). Save it and open it with "
                                  "another program.")
                                   .arg(media.contentType)
                             : tr("A file of type %1. Save it and open it with another program.")
                                   .arg(media.contentType.isEmpty() ? tr("unknown") : media.contentType));
    } else {
        m_pixmap = QPixmap::fromImage(image);
        m_image->setText({});
        fitImage();
    }
    updateButtons();
}

void PhotoViewer::fitImage()
{
    if (m_pixmap.isNull())
        return;
    const QSize room = m_image->contentsRect().size();
    const qreal dpr = devicePixelRatioF();
    QPixmap scaled = m_pixmap.scaled(room * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(dpr);
    m_image->setPixmap(scaled);
}

void PhotoViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    fitImage();
}

void PhotoViewer::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Left && m_previous->isEnabled())
        return showPhoto(m_current - 1);
    if (event->key() == Qt::Key_Right && m_next->isEnabled())
        return showPhoto(m_current + 1);
    QDialog::keyPressEvent(event);
}

void PhotoViewer::updateButtons()
{
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current >= 0 && m_current + 1 < m_media.size());
    m_save->setEnabled(!m_bytes.isEmpty());
    const bool several = m_media.size() > 1;
    m_previous->setVisible(several);
    m_next->setVisible(several);
}

QString PhotoViewer::statusText(const MessageMedia& media)
{
    switch (media.state) {
    case MessageMedia::State::Kept:
        return {};
    case MessageMedia::State::Waiting:
        return media.attempts > 0 || !media.failure.isEmpty()
                   ? tr("Ringback could not fetch this photo yet and tries again on its own.")
                   : tr("This photo is on its way from the phone provider.");
    case MessageMedia::State::Unavailable:
        break;
    }
    if (media.failure == QLatin1String("gone"))
        return tr("The phone provider no longer has this photo (it may have been deleted in the account).");
    if (media.failure == QLatin1String("unreadable"))
        return tr("The phone provider's copy could not be read: it may be larger than 5 MB.");
    return tr("Ringback gave up fetching this photo after several tries. Ask the caller to send it again.");
}

QString PhotoViewer::suggestedFileName() const
{
    QString digits = m_e164;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    const QString ext =
        m_current >= 0 ? extensionFor(m_media.at(m_current).contentType) : QStringLiteral("bin");
    return QStringLiteral("photo-%1-%2.%3")
        .arg(digits.isEmpty() ? QString::number(m_leadId) : digits)
        .arg(m_current + 1)
        .arg(ext);
}

bool PhotoViewer::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void PhotoViewer::saveAs()
{
    if (m_bytes.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save photo"), QDir(folder).filePath(suggestedFileName()));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Save photo"),
                        tr("The photo could not be saved to %1: %2. Choose another folder, or free some "
                           "space, and save it again.")
                            .arg(QDir::toNativeSeparators(path), error),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

} // namespace ringback::ui
