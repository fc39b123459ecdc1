import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { CustomFieldsSection } from './sections/CustomFieldsSection';
import { GeneralSettings } from './sections/GeneralSettings';
import { GroupsSection } from './sections/GroupsSection';
import { StaffSection } from './sections/StaffSection';
import { TagsSection } from './sections/TagsSection';

/** Settings: general preferences, and the lists contacts are organised by (staff, tags, groups, fields). */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs defaultValue="general" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="general">{t('contactPage.settings.general')}</Tabs.Tab>
          <Tabs.Tab value="staff">{t('contactPage.settings.staff')}</Tabs.Tab>
          <Tabs.Tab value="tags">{t('contactPage.settings.tags')}</Tabs.Tab>
          <Tabs.Tab value="groups">{t('contactPage.settings.groups')}</Tabs.Tab>
          <Tabs.Tab value="fields">{t('contactPage.settings.customFields')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general">
          <GeneralSettings />
        </Tabs.Panel>
        <Tabs.Panel value="staff">
          <StaffSection />
        </Tabs.Panel>
        <Tabs.Panel value="tags">
          <TagsSection />
        </Tabs.Panel>
        <Tabs.Panel value="groups">
          <GroupsSection />
        </Tabs.Panel>
        <Tabs.Panel value="fields">
          <CustomFieldsSection />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
