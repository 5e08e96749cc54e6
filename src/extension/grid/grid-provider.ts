/**
 * The Report Grid custom editor, read-only: one GridDocument per file, shared by every grid open on it; each webview
 * gets its own GridPanel.
 */
import * as vscode from 'vscode';
import { GridDocument } from './grid-document';
import { GridPanel } from './grid-panel';

export class GridProvider implements vscode.CustomReadonlyEditorProvider<GridDocument> {
  constructor(private readonly extensionUri: vscode.Uri) {}

  openCustomDocument(uri: vscode.Uri): GridDocument {
    return new GridDocument(uri);
  }

  resolveCustomEditor(document: GridDocument, panel: vscode.WebviewPanel): void {
    new GridPanel(document, panel, this.extensionUri);
  }
}
