import '@mantine/tiptap/styles.css';
import { Button, Menu } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { IconBraces } from '@tabler/icons-react';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { MERGE_FIELDS } from '../../../../shared/documents/merge-fields';
import { useCall } from '../../api/use-call';
import { useMailingsTranslation } from './mailings-i18n';

/**
 * The letter body in Mantine's Tiptap editor, with merge fields inserted from a menu as
 * `{{field}}` tokens the letter run fills per contact. Remount (key) to load another template.
 */
export function TemplateEditor({ initialHtml, onChange, label }: { initialHtml: string; onChange: (html: string) => void; label: string }) {
  const { t } = useMailingsTranslation();
  const fields = useCall('customFields.list', {}, 'custom-fields');
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: false })],
    content: initialHtml,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' } },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  const insert = (token: string) => editor?.chain().focus().insertContent(`{{${token}}}`).run();
  return (
    <RichTextEditor editor={editor}>
      <RichTextEditor.Toolbar>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
          <RichTextEditor.Underline />
          <RichTextEditor.ClearFormatting />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
        <Menu shadow="md" position="bottom-start">
          <Menu.Target>
            <Button size="compact-sm" variant="light" leftSection={<IconBraces size={14} />}>
              {t('mailings.letters.insertField')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {MERGE_FIELDS.map((f) => (
              <Menu.Item key={f} onClick={() => insert(f)}>
                {t(`documents.mergeFields.${f}`)}
              </Menu.Item>
            ))}
            {!!fields.data?.length && <Menu.Label>{t('mailings.letters.customFields')}</Menu.Label>}
            {fields.data?.map((f) => (
              <Menu.Item key={`field-${f.id}`} onClick={() => insert(`field.${f.id}`)}>
                {f.label}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content />
    </RichTextEditor>
  );
}
