/** English strings of the desktop shell: the application menu and start-up dialogs. */
export const shellEn = {
  menu: {
    about: 'About {{name}}',
    services: 'Services',
    hide: 'Hide {{name}}',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit {{name}}',
    file: 'File',
    closeWindow: 'Close Window',
    exit: 'Exit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    bringAllToFront: 'Bring All to Front',
    help: 'Help',
    showDataFile: 'Show Data File',
  },
  startup: {
    cannotOpenTitle: '{{name}} cannot open its data file',
    cannotOpen: 'The data file {{file}} could not be opened: {{detail}}',
    quit: 'Quit',
  },
  fileDialog: {
    importable: 'Spreadsheets and address books',
    allFiles: 'All files',
  },
  errors: {
    untrustedSender: 'This page is not allowed to use the app’s data.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language's shell strings must have. */
export type ShellMessages = Widen<typeof shellEn>;
