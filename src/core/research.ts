// "Research instead": what is welcome before an interview (the recruiting advice behind the
// product), each item linked to the right place on this person's profile or a company search
// where one exists. Links only navigate the page the user is already on; nothing is fetched.
import type { Translate } from './i18n.ts';
import type { Identity } from './vocabulary.ts';

export interface ResearchItem {
  text: string;
  url?: string | undefined;
}

export function profileUrlOf(identity: Identity): string {
  switch (identity.site) {
    case 'linkedin':
      return identity.kind === 'pub'
        ? `https://www.linkedin.com/pub/${identity.value}/`
        : `https://www.linkedin.com/in/${encodeURIComponent(identity.value)}/`;
    case 'facebook':
      return identity.kind === 'id'
        ? `https://www.facebook.com/profile.php?id=${identity.value}`
        : `https://www.facebook.com/${identity.value}`;
  }
}

export function researchChecklist(identity: Identity | undefined, company: string, t: Translate): ResearchItem[] {
  const q = encodeURIComponent(company);
  if (identity?.site === 'linkedin' && identity.kind === 'slug') {
    const base = profileUrlOf(identity);
    return [
      { text: t('researchRole'), url: `${base}details/experience/` },
      {
        text: t('researchCulture', { company }),
        url: `https://www.linkedin.com/search/results/companies/?keywords=${q}`,
      },
      {
        text: t('researchProjects', { company }),
        url: `https://www.linkedin.com/search/results/content/?keywords=${q}`,
      },
      { text: t('researchMutualLinkedIn'), url: base },
      { text: t('researchWriting'), url: `${base}recent-activity/all/` },
    ];
  }
  if (identity?.site === 'facebook') {
    const base = profileUrlOf(identity);
    const about = identity.kind === 'id' ? `${base}&sk=about` : `${base}/about`;
    return [
      { text: t('researchRole'), url: about },
      { text: t('researchCulture', { company }), url: `https://www.facebook.com/search/pages/?q=${q}` },
      { text: t('researchProjects', { company }), url: `https://www.facebook.com/search/posts/?q=${q}` },
      {
        text: t('researchMutualFacebook'),
        url: identity.kind === 'id' ? `${base}&sk=friends_mutual` : `${base}/friends_mutual`,
      },
      { text: t('researchPublicPosts'), url: base },
    ];
  }
  return [
    { text: t('researchRole') },
    { text: t('researchCultureAndProjects', { company }) },
    { text: t('researchMutualPlain') },
    { text: t('researchWriting') },
  ];
}
