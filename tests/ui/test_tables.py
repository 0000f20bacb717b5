"""The editable tables: numbers in each language's style, bad values marked in place and not
stored, undo and redo, a block pasted from a spreadsheet, codes renamed everywhere."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit

from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import ProcessStep, Resource, ResourceClass, StepFlow, TeamMember
from cpaudit.ui import i18n, labels
from cpaudit.ui.cells import CHOICE, DATE, NUMBER, UNIT, Column, code_choices, enum_choices
from cpaudit.ui.dialogs import new_project
from cpaudit.ui.tables import ERROR_COLOUR, Cell, ComputedTable, RecordTable, RowSource

ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


class _Edit(QUndoCommand):
    def __init__(self, host, text, before, after):
        super().__init__(text)
        self.host, self.before, self.after = host, before, after

    def redo(self):
        self.host.show(self.after)

    def undo(self):
        self.host.show(self.before)


class Host(QObject):
    """What a table needs from the window: the project, an undo stack, messages, a question."""

    def __init__(self, project):
        super().__init__()
        self.project = project
        self.stack = QUndoStack(self)
        self.tables = []
        self.statuses = []
        self.questions = []
        self.answer = True

    def edit(self, text, project):
        self.stack.push(_Edit(self, text, self.project, project))

    def show(self, project):
        self.project = project
        for table in self.tables:
            table.refresh(project)

    def show_status(self, text):
        self.statuses.append(text)

    def confirm(self, title, text, details):
        self.questions.append(details)
        return self.answer

    def edit_pending(self, field):
        pass

    def currency(self):
        return self.project.establishment.currency


def resources_table(host):
    def new(_project, rows):
        return Resource(f"R{len(rows) + 1}", "", ResourceClass.ENERGY, "kWh")

    table = RecordTable(
        [
            Column("code", lambda: "Code", code=True),
            Column("name", lambda: "Name", width=150),
            Column(
                "resource_class",
                lambda: "Class",
                CHOICE,
                choices=enum_choices(ResourceClass, labels.resource_class_label),
            ),
            Column("unit", lambda: "Unit", UNIT),
            Column("price_per_unit", lambda: "Price", NUMBER, optional=True, minimum=0),
        ],
        RowSource.of("resources", new, lambda: "Resources"),
        host,
    )
    host.tables.append(table)
    table.refresh()
    return table


@pytest.fixture
def project():
    return new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024)


@pytest.fixture
def host(project):
    return Host(project)


@pytest.fixture
def table(qtbot, host):
    table = resources_table(host)
    qtbot.addWidget(table)
    table.add_row()
    return table


def price_index(table, row=0):
    return table.model.index(row, 4)


@pytest.mark.parametrize(
    ("lang", "typed", "stored", "shown"),
    [
        ("vi", "1,5", 1.5, "1,5"),
        ("vi", "1.234,56", 1234.56, "1.234,56"),
        ("vi", "2.000", 2000.0, "2.000"),
        ("en", "1.5", 1.5, "1.5"),
        ("en", "1,234.56", 1234.56, "1,234.56"),
    ],
)
def test_numbers_are_read_in_the_interface_language(table, host, lang, typed, stored, shown):
    i18n.set_language(lang)

    assert table.model.setData(price_index(table), typed)

    assert host.project.resources[0].price_per_unit == stored
    assert price_index(table).data() == shown
    assert table.model.cell_error(0, 4) is None


def test_a_number_in_the_other_style_is_marked_and_not_stored(table, host):
    i18n.set_language("en")
    table.model.setData(price_index(table), "7")
    before = host.project

    assert not table.model.setData(price_index(table), "1,5")

    assert host.project is before
    assert host.project.resources[0].price_per_unit == 7.0
    index = price_index(table)
    assert index.data() == "1,5"  # kept as typed, in place
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == ERROR_COLOUR
    reason = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Vietnamese style" in reason
    assert host.statuses[-1] == reason

    assert table.model.setData(index, "1.5")
    assert host.project.resources[0].price_per_unit == 1.5
    assert table.model.cell_error(0, 4) is None


def test_a_reason_in_vietnamese(table):
    i18n.set_language("vi")

    table.model.setData(price_index(table), "abc")

    assert table.model.cell_error(0, 4) == "“abc” không phải là số."


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("abc", "is not a number"),
        ("1.23.4", "groups of three digits"),
        ("-5", "at least 0"),
        ("#DIV/0!", "spreadsheet error"),
    ],
)
def test_bad_values_say_why(table, host, typed, reason):
    before = host.project

    assert not table.model.setData(price_index(table), typed)

    assert reason in table.model.cell_error(0, 4)
    assert host.project is before


def test_every_edit_can_be_undone_and_redone(table, host):
    first = host.project
    table.model.setData(table.model.index(0, 1), "Electricity")
    table.model.setData(price_index(table), "2000")

    assert host.stack.undoText() == "Change “Price”"
    host.stack.undo()
    assert host.project.resources[0].price_per_unit is None
    assert host.project.resources[0].name == "Electricity"
    host.stack.undo()
    assert host.project is first
    host.stack.undo()  # the row added
    assert table.model.rowCount() == 0
    for _ in range(3):
        host.stack.redo()
    assert host.project.resources[0].price_per_unit == 2000


def test_a_block_pasted_from_a_spreadsheet_fills_and_adds_rows(table, host):
    i18n.set_language("vi")
    table.view.setCurrentIndex(table.model.index(0, 1))
    block = (
        "Điện\tNăng lượng\tkWh\t2.000\r\nNước\tNước\tm3\t10.000,5\r\nThan\tNhiên liệu\ttấn\tx\r\n"
    )

    failed = table.view.paste_text(block)

    resources = host.project.resources
    assert [r.name for r in resources] == ["Điện", "Nước", "Than"]
    assert [r.resource_class for r in resources] == [
        ResourceClass.ENERGY,
        ResourceClass.WATER,
        ResourceClass.FUEL,
    ]
    assert [r.unit for r in resources] == ["kWh", "m3", "t"]
    assert [r.price_per_unit for r in resources] == [2000.0, 10000.5, None]
    assert [r.code for r in resources] == ["R1", "R2", "R3"]
    assert failed == 1
    assert table.model.cell_error(2, 4) == "“x” không phải là số."
    assert price_index(table, 2).data() == "x"
    assert host.stack.count() == 2  # the row added, then the paste as one step
    host.stack.undo()
    assert len(host.project.resources) == 1


def test_the_clipboard_round_trip(qtbot, table, host):
    table.model.setData(table.model.index(0, 1), "Electricity")
    table.model.setData(price_index(table), "1234.5678")
    selection = table.view.selectionModel()
    selection.clearSelection()
    for column in (1, 4):
        selection.select(table.model.index(0, column), selection.SelectionFlag.Select)

    text = table.view.copy_selection()

    assert text == "Electricity\t\t\t1,234.5678"
    assert QGuiApplication.clipboard().text() == text
    table.add_row()
    table.view.setCurrentIndex(table.model.index(1, 1))
    table.view.paste_clipboard()
    assert host.project.resources[1].name == "Electricity"
    assert host.project.resources[1].price_per_unit == 1234.5678


def test_one_value_pasted_into_a_selection_fills_it(table, host):
    table.add_row()
    table.add_row()
    selection = table.view.selectionModel()
    for row in range(3):
        selection.select(price_index(table, row), selection.SelectionFlag.Select)
    QGuiApplication.clipboard().setText("42")

    table.view.paste_clipboard()

    assert [r.price_per_unit for r in host.project.resources] == [42.0, 42.0, 42.0]


def test_choices_accept_the_words_of_either_form(table, host):
    i18n.set_language("vi")
    column = 2

    assert table.model.setData(table.model.index(0, column), "nước")
    assert host.project.resources[0].resource_class == ResourceClass.WATER
    assert table.model.index(0, column).data() == "Nước"
    assert table.model.setData(table.model.index(0, column), "fuel")
    assert host.project.resources[0].resource_class == ResourceClass.FUEL
    assert not table.model.setData(table.model.index(0, column), "Gas")
    assert "không thuộc các lựa chọn" in table.model.cell_error(0, column)


def test_units_are_read_as_written_in_vietnam(table, host):
    assert table.model.setData(table.model.index(0, 3), "tấn")
    assert host.project.resources[0].unit == "t"
    assert not table.model.setData(table.model.index(0, 3), "triệu đồng")
    assert "money" in table.model.cell_error(0, 3)
    assert not table.model.setData(table.model.index(0, 3), "ton")
    assert "more than one unit" in table.model.cell_error(0, 3)


def test_a_code_must_be_free(table, host):
    table.add_row()

    assert not table.model.setData(table.model.index(1, 0), "R1")
    assert "already used" in table.model.cell_error(1, 0)
    assert not table.model.setData(table.model.index(1, 0), " ")
    assert "code is needed" in table.model.cell_error(1, 0)
    assert [r.code for r in host.project.resources] == ["R1", "R2"]


def test_delete_empties_cells_and_marks_the_ones_that_need_a_value(table, host):
    table.model.setData(price_index(table), "5")
    table.model.setData(table.model.index(0, 1), "Gas")

    table.model.clear_cells([(0, 1), (0, 4), (0, 3)])

    assert host.project.resources[0].price_per_unit is None
    assert host.project.resources[0].name == ""
    assert host.project.resources[0].unit == "kWh"  # a unit is needed: not emptied
    assert "needs a value" in host.statuses[-1]


def test_typing_into_a_cell_through_its_editor(qtbot, table, host):
    i18n.set_language("vi")
    table.show()
    index = price_index(table)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    (editor,) = table.view.viewport().findChildren(QLineEdit)
    editor.selectAll()

    qtbot.keyClicks(editor, "1,25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next event loop turn

    qtbot.waitUntil(lambda: host.project.resources[0].price_per_unit == 1.25, timeout=2_000)


def test_a_choice_editor_is_a_combo_box_of_the_labels(qtbot, table, host):
    table.show()
    index = table.model.index(0, 2)
    table.view.edit(index)
    (combo,) = table.view.viewport().findChildren(QComboBox)

    assert [combo.itemText(i) for i in range(combo.count())] == [
        labels.resource_class_label(c) for c in ResourceClass
    ]
    combo.setCurrentIndex(combo.findData(ResourceClass.MATERIAL))
    table.view.commitData(combo)
    assert host.project.resources[0].resource_class == ResourceClass.MATERIAL


def steps_tables(host):
    steps = RecordTable(
        [Column("code", lambda: "Code", code=True), Column("name", lambda: "Step", width=100)],
        RowSource.of("process_steps", lambda p, rows: ProcessStep(f"S{len(rows) + 1}", "")),
        host,
    )
    flows = RecordTable(
        [
            Column("step", lambda: "Step", CHOICE, choices=code_choices("process_steps")),
            Column("name", lambda: "What", width=100),
        ],
        RowSource.of("step_flows", None),
        host,
    )
    host.tables.extend([steps, flows])
    steps.refresh()
    flows.refresh()
    return steps, flows


def test_renaming_a_code_renames_its_references(qtbot, project):
    flows = (StepFlow("S1", "input", "Điện", 3.0, "kWh/t"),)
    host = Host(
        dataclasses.replace(project, process_steps=(ProcessStep("S1", "Nấu"),), step_flows=flows)
    )
    steps, flows_table = steps_tables(host)

    assert steps.model.setData(steps.model.index(0, 0), "NAU")

    assert host.project.step_flows[0].step == "NAU"
    assert flows_table.model.index(0, 0).data() == "NAU – Nấu"


def test_removing_rows_others_depend_on_asks_first(qtbot, project):
    flows = (StepFlow("S1", "input", "Điện", 3.0, "kWh/t"),)
    host = Host(
        dataclasses.replace(project, process_steps=(ProcessStep("S1", "Nấu"),), step_flows=flows)
    )
    steps, _flows = steps_tables(host)
    host.answer = False

    assert not steps.model.remove_rows([0])
    assert host.project.process_steps
    assert "1 × removed: inputs and outputs of steps" in host.questions[-1]

    host.answer = True
    assert steps.model.remove_rows([0])
    assert host.project.process_steps == ()
    assert host.project.step_flows == ()
    host.stack.undo()
    assert host.project.step_flows == flows


def test_rows_without_dependents_go_without_asking(qtbot, host):
    host.project = dataclasses.replace(host.project, team=(TeamMember("A"), TeamMember("B")))
    team = RecordTable(
        [Column("name", lambda: "Name", width=100)],
        RowSource.of("team", lambda _p, _rows: TeamMember("")),
        host,
    )
    host.tables.append(team)
    team.refresh()
    team.view.setCurrentIndex(team.model.index(0, 0))

    assert team.remove_selected_rows()

    assert [m.name for m in host.project.team] == ["B"]
    assert host.questions == []


@pytest.mark.parametrize(
    ("lang", "typed", "shown"),
    [
        ("vi", "15/01/2025", "15/01/2025"),
        ("vi", "2025-01-15", "15/01/2025"),
        ("en", "15/01/2025", "15 Jan 2025"),
        ("en", "15 Jan 2025", "15 Jan 2025"),
    ],
)
def test_dates(qtbot, host, lang, typed, shown):
    i18n.set_language(lang)
    host.project = dataclasses.replace(host.project, sustain_actions=())
    from cpaudit.audit.model import SustainAction

    actions = RecordTable(
        [Column("due", lambda: "Due", DATE, optional=True)],
        RowSource.of("sustain_actions", lambda _p, _rows: SustainAction("")),
        host,
    )
    host.tables.append(actions)
    actions.refresh()
    actions.add_row()
    index = actions.model.index(0, 0)

    assert actions.model.setData(index, typed)

    assert host.project.sustain_actions[0].due == dt.date(2025, 1, 15)
    assert index.data() == shown
    assert not actions.model.setData(index, "31/02/2025")
    assert "not a date" in actions.model.cell_error(0, 0) or "ngày" in actions.model.cell_error(
        0, 0
    )
    assert host.project.sustain_actions[0].due == dt.date(2025, 1, 15)


def test_a_demo_table_shows_six_significant_digits_and_edits_all(qtbot):
    host = Host(demo_project())
    table = resources_table(host)

    assert table.model.index(0, 4).data() == "0.0714299"
    edit = table.model.index(0, 4).data(Qt.ItemDataRole.EditRole)
    assert float(edit) == pytest.approx(host.project.resources[0].price_per_unit, rel=1e-14)


def test_a_computed_table_aligns_the_headers_of_figures_with_them(qtbot):
    table = ComputedTable(lambda: "Options")
    qtbot.addWidget(table)
    table.set_content(
        ["Code", "Investment\n(USD)"],
        [[Cell("O1"), Cell("34,400", True)], [Cell("O2"), Cell("7,300", True)]],
    )

    def alignment(section):
        value = table.model.headerData(section, Qt.Orientation.Horizontal, ALIGNMENT)
        return Qt.AlignmentFlag(int(value)) & Qt.AlignmentFlag.AlignHorizontal_Mask

    assert alignment(1) == Qt.AlignmentFlag.AlignRight
    assert alignment(0) == Qt.AlignmentFlag.AlignLeft


def test_header_labels_keep_off_the_edges_of_their_sections(qtbot):
    table = ComputedTable(lambda: "Options")
    qtbot.addWidget(table)
    table.set_content(["Quantity per unit", "Unit"], [[Cell("1", True), Cell("kWh")]])
    header = table.view.horizontalHeader()
    text_width = header.fontMetrics().horizontalAdvance("Quantity per unit")

    bare = QHeaderView(Qt.Orientation.Horizontal)
    bare.setModel(table.model)
    inset = header.sectionSizeHint(0) - bare.sectionSizeHint(0)

    assert inset == 8  # 4 px each side, inside the section
    assert header.sectionSizeHint(0) >= text_width + 8
