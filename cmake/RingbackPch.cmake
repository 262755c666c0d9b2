# Precompiled headers: Qt's and the standard library's headers are a third to a half of what each
# of Ringback's few hundred translation units compiles, and CI builds them twice on 2 cores. Each
# library precompiles the headers most of its files use (a short list: GCC loads the whole
# precompiled file into every compile, so the entire QtCore/QtWidgets module headers cost more
# than they save); every test executable reuses one of two headers made by a donor target built
# like a suite of its kind. A precompiled header whose flags differ is skipped by the compiler,
# never misused: the build only gets slower (configure with -DCMAKE_CXX_FLAGS=-Winvalid-pch to see).
option(RINGBACK_PCH "Precompile the Qt and standard library headers" ON)

set(RINGBACK_PCH_CORE_HEADERS
    <algorithm> <functional> <memory> <optional> <utility>
    <QByteArray> <QDateTime> <QHash> <QList> <QObject> <QPointer> <QSet> <QString> <QStringList>
    <QTimer> <QVariant> <QJsonArray> <QJsonDocument> <QJsonObject>
    <QSqlDatabase> <QSqlError> <QSqlQuery>
    <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QUrl> <QUrlQuery>)
set(RINGBACK_PCH_UI_HEADERS ${RINGBACK_PCH_CORE_HEADERS}
    <QAbstractItemModel> <QAction> <QApplication> <QBoxLayout> <QComboBox> <QLabel> <QLineEdit>
    <QMessageBox> <QPainter> <QPushButton> <QStyledItemDelegate> <QWidget>)
set(RINGBACK_PCH_TEST_HEADERS <QtTest/QtTest> <QSignalSpy>)

# ringback_precompile(<target> CORE|UI [TEST])
function(ringback_precompile target kind)
    if(RINGBACK_PCH)
        set(headers ${RINGBACK_PCH_${kind}_HEADERS})
        if("TEST" IN_LIST ARGN)
            list(APPEND headers ${RINGBACK_PCH_TEST_HEADERS})
        endif()
        target_precompile_headers(${target} PRIVATE ${headers})
    endif()
endfunction()

# ringback_reuse_pch(<target> <donor>): the suites are in several folders, and QtTest defines the
# folder's paths as macros (QT_TESTCASE_BUILDDIR, _SOURCEDIR); a precompiled header made under
# other values of a macro is refused. Every suite and donor gets one build folder (only
# QFINDTESTDATA reads it, and no suite uses that) and no source folder. The folder is a fixed
# relative name, not a path: an absolute path in a define makes every checkout's objects differ,
# and ccache (base_dir) could no longer share them between worktrees.
function(ringback_reuse_pch target donor)
    set_target_properties(${target} PROPERTIES QT_TESTCASE_BUILDDIR "tests")
    target_compile_options(${target} PRIVATE -UQT_TESTCASE_SOURCEDIR)
    if(RINGBACK_PCH AND NOT target STREQUAL donor)
        target_precompile_headers(${target} REUSE_FROM ${donor})
    endif()
endfunction()
