# Generated from forms/action.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        self.verticalLayout_4 = QVBoxLayout(ActionDialog)
        self.verticalLayout_4.setObjectName(u"verticalLayout_4")
        self.summaryLabel = QLabel(ActionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout_4.addWidget(self.summaryLabel)

        self.explanationLabel = QLabel(ActionDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.verticalLayout_4.addWidget(self.explanationLabel)

        self.materialsGroup = QGroupBox(ActionDialog)
        self.materialsGroup.setObjectName(u"materialsGroup")
        self.verticalLayout = QVBoxLayout(self.materialsGroup)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.materialsList = QListWidget(self.materialsGroup)
        self.materialsList.setObjectName(u"materialsList")

        self.verticalLayout.addWidget(self.materialsList)

        self.otherMaterialsLabel = QLabel(self.materialsGroup)
        self.otherMaterialsLabel.setObjectName(u"otherMaterialsLabel")

        self.verticalLayout.addWidget(self.otherMaterialsLabel)

        self.otherMaterials = QPlainTextEdit(self.materialsGroup)
        self.otherMaterials.setObjectName(u"otherMaterials")
        self.otherMaterials.setMaximumSize(QSize(16777215, 70))
        self.otherMaterials.setTabChangesFocus(True)

        self.verticalLayout.addWidget(self.otherMaterials)


        self.verticalLayout_4.addWidget(self.materialsGroup)

        self.reasonsGroup = QGroupBox(ActionDialog)
        self.reasonsGroup.setObjectName(u"reasonsGroup")
        self.verticalLayout_2 = QVBoxLayout(self.reasonsGroup)
        self.verticalLayout_2.setObjectName(u"verticalLayout_2")
        self.reasonsList = QListWidget(self.reasonsGroup)
        self.reasonsList.setObjectName(u"reasonsList")

        self.verticalLayout_2.addWidget(self.reasonsList)

        self.otherReasonsLabel = QLabel(self.reasonsGroup)
        self.otherReasonsLabel.setObjectName(u"otherReasonsLabel")

        self.verticalLayout_2.addWidget(self.otherReasonsLabel)

        self.otherReasons = QPlainTextEdit(self.reasonsGroup)
        self.otherReasons.setObjectName(u"otherReasons")
        self.otherReasons.setMaximumSize(QSize(16777215, 70))
        self.otherReasons.setTabChangesFocus(True)

        self.verticalLayout_2.addWidget(self.otherReasons)


        self.verticalLayout_4.addWidget(self.reasonsGroup)

        self.amountGroup = QGroupBox(ActionDialog)
        self.amountGroup.setObjectName(u"amountGroup")
        self.formLayout = QFormLayout(self.amountGroup)
        self.formLayout.setObjectName(u"formLayout")
        self.currentAmountTitle = QLabel(self.amountGroup)
        self.currentAmountTitle.setObjectName(u"currentAmountTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentAmountTitle)

        self.currentAmount = QLabel(self.amountGroup)
        self.currentAmount.setObjectName(u"currentAmount")
        self.currentAmount.setText(u"")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentAmount)

        self.amountLabel = QLabel(self.amountGroup)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(self.amountGroup)
        self.amount.setObjectName(u"amount")
        self.amount.setMaxLength(14)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amount)

        self.startMonthLabel = QLabel(self.amountGroup)
        self.startMonthLabel.setObjectName(u"startMonthLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startMonthLabel)

        self.startMonth = QDateEdit(self.amountGroup)
        self.startMonth.setObjectName(u"startMonth")
        self.startMonth.setCalendarPopup(True)
        self.startMonth.setDisplayFormat(u"yyyy-MM")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startMonth)


        self.verticalLayout_4.addWidget(self.amountGroup)

        self.noticeGroup = QGroupBox(ActionDialog)
        self.noticeGroup.setObjectName(u"noticeGroup")
        self.formLayout_2 = QFormLayout(self.noticeGroup)
        self.formLayout_2.setObjectName(u"formLayout_2")
        self.noticeStartLabel = QLabel(self.noticeGroup)
        self.noticeStartLabel.setObjectName(u"noticeStartLabel")

        self.formLayout_2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noticeStartLabel)

        self.noticeStart = QDateEdit(self.noticeGroup)
        self.noticeStart.setObjectName(u"noticeStart")
        self.noticeStart.setCalendarPopup(True)
        self.noticeStart.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout_2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noticeStart)

        self.noticePeriod = QLabel(self.noticeGroup)
        self.noticePeriod.setObjectName(u"noticePeriod")
        self.noticePeriod.setText(u"")
        self.noticePeriod.setWordWrap(True)

        self.formLayout_2.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.noticePeriod)


        self.verticalLayout_4.addWidget(self.noticeGroup)

        self.appraisalGroup = QGroupBox(ActionDialog)
        self.appraisalGroup.setObjectName(u"appraisalGroup")
        self.formLayout_3 = QFormLayout(self.appraisalGroup)
        self.formLayout_3.setObjectName(u"formLayout_3")
        self.appraisalDateLabel = QLabel(self.appraisalGroup)
        self.appraisalDateLabel.setObjectName(u"appraisalDateLabel")

        self.formLayout_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appraisalDateLabel)

        self.appraisalDate = QDateEdit(self.appraisalGroup)
        self.appraisalDate.setObjectName(u"appraisalDate")
        self.appraisalDate.setCalendarPopup(True)
        self.appraisalDate.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appraisalDate)

        self.panelSizeLabel = QLabel(self.appraisalGroup)
        self.panelSizeLabel.setObjectName(u"panelSizeLabel")

        self.formLayout_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.panelSizeLabel)

        self.panelSize = QSpinBox(self.appraisalGroup)
        self.panelSize.setObjectName(u"panelSize")
        self.panelSize.setMinimum(0)
        self.panelSize.setMaximum(99)

        self.formLayout_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.panelSize)

        self.villageRepsLabel = QLabel(self.appraisalGroup)
        self.villageRepsLabel.setObjectName(u"villageRepsLabel")

        self.formLayout_3.setWidget(2, QFormLayout.ItemRole.LabelRole, self.villageRepsLabel)

        self.villageReps = QSpinBox(self.appraisalGroup)
        self.villageReps.setObjectName(u"villageReps")
        self.villageReps.setMinimum(0)
        self.villageReps.setMaximum(99)

        self.formLayout_3.setWidget(2, QFormLayout.ItemRole.FieldRole, self.villageReps)

        self.votesForLabel = QLabel(self.appraisalGroup)
        self.votesForLabel.setObjectName(u"votesForLabel")

        self.formLayout_3.setWidget(3, QFormLayout.ItemRole.LabelRole, self.votesForLabel)

        self.votesFor = QSpinBox(self.appraisalGroup)
        self.votesFor.setObjectName(u"votesFor")
        self.votesFor.setMinimum(0)
        self.votesFor.setMaximum(99)

        self.formLayout_3.setWidget(3, QFormLayout.ItemRole.FieldRole, self.votesFor)

        self.appraisalResultLabel = QLabel(self.appraisalGroup)
        self.appraisalResultLabel.setObjectName(u"appraisalResultLabel")

        self.formLayout_3.setWidget(4, QFormLayout.ItemRole.LabelRole, self.appraisalResultLabel)

        self.appraisalResult = QComboBox(self.appraisalGroup)
        self.appraisalResult.setObjectName(u"appraisalResult")

        self.formLayout_3.setWidget(4, QFormLayout.ItemRole.FieldRole, self.appraisalResult)


        self.verticalLayout_4.addWidget(self.appraisalGroup)

        self.noteBox = QWidget(ActionDialog)
        self.noteBox.setObjectName(u"noteBox")
        self.verticalLayout_3 = QVBoxLayout(self.noteBox)
        self.verticalLayout_3.setObjectName(u"verticalLayout_3")
        self.verticalLayout_3.setContentsMargins(0, 0, 0, 0)
        self.noteLabel = QLabel(self.noteBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.verticalLayout_3.addWidget(self.noteLabel)

        self.note = QPlainTextEdit(self.noteBox)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 70))
        self.note.setTabChangesFocus(True)

        self.verticalLayout_3.addWidget(self.note)


        self.verticalLayout_4.addWidget(self.noteBox)

        self.spacer14 = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout_4.addItem(self.spacer14)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout_4.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.otherMaterialsLabel.setBuddy(self.otherMaterials)
        self.otherReasonsLabel.setBuddy(self.otherReasons)
        self.amountLabel.setBuddy(self.amount)
        self.startMonthLabel.setBuddy(self.startMonth)
        self.noticeStartLabel.setBuddy(self.noticeStart)
        self.appraisalDateLabel.setBuddy(self.appraisalDate)
        self.panelSizeLabel.setBuddy(self.panelSize)
        self.villageRepsLabel.setBuddy(self.villageReps)
        self.votesForLabel.setBuddy(self.votesFor)
        self.appraisalResultLabel.setBuddy(self.appraisalResult)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.materialsList, self.otherMaterials)
        QWidget.setTabOrder(self.otherMaterials, self.reasonsList)
        QWidget.setTabOrder(self.reasonsList, self.otherReasons)
        QWidget.setTabOrder(self.otherReasons, self.amount)
        QWidget.setTabOrder(self.amount, self.startMonth)
        QWidget.setTabOrder(self.startMonth, self.noticeStart)
        QWidget.setTabOrder(self.noticeStart, self.appraisalDate)
        QWidget.setTabOrder(self.appraisalDate, self.panelSize)
        QWidget.setTabOrder(self.panelSize, self.villageReps)
        QWidget.setTabOrder(self.villageReps, self.votesFor)
        QWidget.setTabOrder(self.votesFor, self.appraisalResult)
        QWidget.setTabOrder(self.appraisalResult, self.note)
        QWidget.setTabOrder(self.note, self.buttonBox)

        self.retranslateUi(ActionDialog)
        self.buttonBox.rejected.connect(ActionDialog.reject)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Case step", None))
        self.materialsGroup.setTitle(QCoreApplication.translate("ActionDialog", u"Missing materials: list everything at once", None))
        self.otherMaterialsLabel.setText(QCoreApplication.translate("ActionDialog", u"Other materials, one per line", None))
        self.reasonsGroup.setTitle(QCoreApplication.translate("ActionDialog", u"Reasons", None))
        self.otherReasonsLabel.setText(QCoreApplication.translate("ActionDialog", u"Other reasons, one per line", None))
        self.amountGroup.setTitle(QCoreApplication.translate("ActionDialog", u"Amount", None))
        self.currentAmountTitle.setText(QCoreApplication.translate("ActionDialog", u"Current amount", None))
        self.amountLabel.setText(QCoreApplication.translate("ActionDialog", u"&Amount (yuan)", None))
        self.startMonthLabel.setText(QCoreApplication.translate("ActionDialog", u"&First month of payment", None))
        self.noticeGroup.setTitle(QCoreApplication.translate("ActionDialog", u"Public notice", None))
        self.noticeStartLabel.setText(QCoreApplication.translate("ActionDialog", u"&Posted on", None))
        self.appraisalGroup.setTitle(QCoreApplication.translate("ActionDialog", u"Democratic appraisal", None))
        self.appraisalDateLabel.setText(QCoreApplication.translate("ActionDialog", u"&Held on", None))
        self.panelSizeLabel.setText(QCoreApplication.translate("ActionDialog", u"&Panel members", None))
        self.villageRepsLabel.setText(QCoreApplication.translate("ActionDialog", u"&Village representatives", None))
        self.votesForLabel.setText(QCoreApplication.translate("ActionDialog", u"Votes &for", None))
        self.appraisalResultLabel.setText(QCoreApplication.translate("ActionDialog", u"&Result", None))
        self.noteLabel.setText(QCoreApplication.translate("ActionDialog", u"&Remarks", None))
    # retranslateUi

