// The library screen's state: which report the cursor is on.

export type LibraryView = {screen: 'library'; cursor: number};
