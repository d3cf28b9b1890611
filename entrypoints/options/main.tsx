import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import { ChosenLocaleProvider } from '../../lib/i18n/chosen-locale';

createRoot(document.getElementById('root')!).render(
  <ChosenLocaleProvider>
    <OptionsApp />
  </ChosenLocaleProvider>,
);
