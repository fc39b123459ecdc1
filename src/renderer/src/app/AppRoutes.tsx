import { Redirect, Route, Switch } from 'wouter';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { ContactPage } from '../features/contacts/ContactPage';
import { NewContactPage } from '../features/contacts/NewContactPage';
import { DuplicatesPage } from '../features/contacts/merge/DuplicatesPage';
import { TrashPage } from '../features/trash/TrashPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { ImportExportPage } from '../features/import-export/ImportExportPage';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/contacts" component={ContactsPage} />
      <Route path="/contacts/new" component={NewContactPage} />
      <Route path="/contacts/duplicates" component={DuplicatesPage} />
      <Route path="/contacts/:id">{(params) => <ContactPage id={Number(params.id)} />}</Route>
      <Route path="/documents">{() => <DocumentsPage />}</Route>
      <Route path="/documents/:tab">{(params) => <DocumentsPage tab={params.tab} />}</Route>
      <Route path="/import" component={ImportExportPage} />
      <Route path="/import/history" component={ImportExportPage} />
      <Route path="/export" component={ImportExportPage} />
      <Route path="/trash" component={TrashPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route>
        <Redirect to="/contacts" />
      </Route>
    </Switch>
  );
}
