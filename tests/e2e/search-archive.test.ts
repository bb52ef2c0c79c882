import { describeSearchSite } from './search-suite';

describeSearchSite({ name: 'e2e-archive', base: '/archive' });
