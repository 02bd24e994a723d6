import QtQuick

// The ListView delegate: a status or a gap row, chosen by the `kind` role. The loaded item keeps
// its type across delegate reuse as long as the kind stays the same.
FocusScope {
    id: rowItem
    required property var model
    required property int index
    property int depth: model.depth !== undefined ? model.depth : 0
    property bool highlighted: model.isFocus === true
    signal actionRequested(int row, string name, var arg)

    readonly property Item content: loader.item
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitWidth: 400
    height: loader.item ? loader.item.implicitHeight : 0

    Loader {
        id: loader
        width: parent.width
        focus: true
        sourceComponent: rowItem.model.kind === "gap" ? gapComponent : statusComponent
    }

    Component {
        id: statusComponent
        StatusDelegate {
            focus: true
            entry: rowItem.model
            row: rowItem.index
            depth: rowItem.depth
            highlighted: rowItem.highlighted
            onActionRequested: (name, arg) => rowItem.actionRequested(rowItem.index, name, arg)
        }
    }
    Component {
        id: gapComponent
        GapDelegate {
            focus: true
            loading: rowItem.model.gapLoading === true
            onFillRequested: rowItem.actionRequested(rowItem.index, "fillGap", null)
        }
    }
}
